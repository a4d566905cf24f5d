// An enumeration's values and words come from its label map (value → message key), so
// that a value added in Rust (and so in the bindings) is a type error in the one map
// that lacks its words, instead of a list written out by hand somewhere else that
// quietly misses it.
import { t, type MessageKey } from './i18n/i18n.svelte';

/** The keys of a map that covers an enumeration, in the order the map lists them. */
export function keysOf<K extends string>(map: Record<K, unknown>): K[] {
  return Object.keys(map) as K[];
}

/** The function that words an enumeration's values in the interface language. */
export function wordsOf<K extends string>(map: Record<K, MessageKey>): (value: K) => string {
  return (value) => t(map[value]);
}
