// An enumeration's values come from its label map, so that a value added in Rust (and
// so in the bindings) is a type error in the one map that lacks its words, instead of
// a list written out by hand somewhere else that quietly misses it.

/** The keys of a map that covers an enumeration, in the order the map lists them. */
export function keysOf<K extends string>(map: Record<K, unknown>): K[] {
  return Object.keys(map) as K[];
}
