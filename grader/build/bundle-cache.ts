/**
 * A disk cache of a student's bundles for `npm run grade`: a student edits one function at a time,
 * so most bundles are the same as on the last run. An entry is keyed by what was asked (folder,
 * function, mode) and holds the content digest of every file esbuild read; it is used only when
 * each of those files still has that digest, and when the grader itself is the same build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { paths } from "../paths";
import { writeAtomically } from "../results/write";

export interface CachedBundle {
  code: string;
  sourceMap: string;
}

interface Entry extends CachedBundle {
  grader: string;
  inputs: Record<string, string>;
}

const cacheDir = join(paths.projectRoot, "grader", ".build", "bundles");
const sha1 = (data: string | Buffer) => createHash("sha1").update(data).digest("hex");

let graderDigest: string | undefined;
/** The running grader's own code: a new grader build must not reuse bundles an older one made. */
function currentGrader(): string {
  graderDigest ??= sha1(readFileSync(fileURLToPath(import.meta.url)));
  return graderDigest;
}

function digestOf(file: string): string | undefined {
  try {
    return sha1(readFileSync(file));
  } catch {
    return undefined;
  }
}

export function cacheKey(request: object): string {
  return sha1(JSON.stringify(request));
}

export function lookupBundle(key: string): CachedBundle | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(join(cacheDir, `${key}.json`), "utf8")) as Entry;
  } catch {
    return undefined;
  }
  if (entry.grader !== currentGrader()) return undefined;
  for (const [file, digest] of Object.entries(entry.inputs)) if (digestOf(file) !== digest) return undefined;
  return { code: entry.code, sourceMap: entry.sourceMap };
}

/** `inputs`: absolute paths of every file the bundle was made from. */
export function storeBundle(key: string, inputs: readonly string[], bundle: CachedBundle): void {
  const digests: Record<string, string> = {};
  for (const file of inputs) {
    const digest = digestOf(file);
    if (!digest) return; // a file vanished meanwhile: do not cache what cannot be checked
    digests[file] = digest;
  }
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically(join(cacheDir, `${key}.json`), JSON.stringify({ grader: currentGrader(), inputs: digests, ...bundle } satisfies Entry));
  } catch {
    // a read-only checkout grades without the cache
  }
}
