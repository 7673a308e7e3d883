import { SourceMap } from "node:module";

/** A bundle's source map, parsed once however many messages, stacks and names of it are mapped. */
const parsed = new WeakMap<object, SourceMap>();

export function sourceMapOf(bundle: { sourceMap: string }): SourceMap {
  let map = parsed.get(bundle);
  if (!map) {
    map = new SourceMap(JSON.parse(bundle.sourceMap));
    parsed.set(bundle, map);
  }
  return map;
}
