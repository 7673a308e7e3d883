/**
 * The student's own names in error messages. Bundling puts every module's top-level names in one
 * scope, so esbuild renames a variable that would collide (a block's `A` shadowing a function's
 * `A` becomes `A2`), and V8's messages then name a variable the student never wrote: "Cannot access
 * 'A2' before initialization". esbuild records the original name of every renamed identifier in the
 * source map's `names`; this reads it back at the places the bundle uses the renamed one.
 */
import { sourceMapOf } from "./source-map";

/** The parts of a loaded bundle this needs (see stack.ts LoadedBundle). */
export interface NamedBundle {
  url: string;
  sourceMap: string;
  /** The bundle's text; without it names cannot be read back and messages stay as V8 wrote them. */
  code?: string;
}

/** esbuild renames by appending a number; only such identifiers can be renamed ones. */
const RENAMED = /\b([A-Za-z_$][\w$]*?)(\d+)\b/g;

/** How many uses of one identifier to look up before giving up (a bundle is a few thousand lines). */
const MAX_LOOKUPS = 50;

/** The name the source map gives `identifier` where the bundle uses it, if it was renamed. */
export function originalName(identifier: string, bundle: NamedBundle): string | undefined {
  if (!bundle.code) return undefined;
  const lines = bundle.code.split("\n");
  const use = new RegExp(`(?<![\\w$.])${identifier.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
  let lookups = 0;
  for (let line = 0; line < lines.length && lookups < MAX_LOOKUPS; line++) {
    for (const match of lines[line].matchAll(use)) {
      if (++lookups > MAX_LOOKUPS) break;
      const entry = sourceMapOf(bundle).findEntry(line, match.index ?? 0) as { name?: string; originalLine?: number };
      if (entry?.name && entry.name !== identifier) return entry.name;
    }
  }
  return undefined;
}

/**
 * `text` (a message or a stack) with every identifier a bundle renamed given back its original
 * name. Only the bundles the text's stack names are searched: others cannot have thrown it.
 */
export function withOriginalNames(text: string, bundles: readonly NamedBundle[], stack: string): string {
  const involved = bundles.filter((b) => b.code && stack.includes(b.url));
  if (involved.length === 0) return text;
  const renamed = new Map<string, string | undefined>();
  return text.replace(RENAMED, (whole: string, base: string) => {
    if (!renamed.has(whole)) renamed.set(whole, involved.map((b) => originalName(whole, b)).find((n) => n === base || n?.startsWith(base)));
    return renamed.get(whole) ?? whole;
  });
}
