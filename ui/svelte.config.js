// Runes everywhere: the whole UI is written for Svelte 5, so legacy reactivity is
// switched off rather than left to creep back in.
export default {
  compilerOptions: {
    runes: true,
  },
};
