// Starts a grader command from a prebuilt JavaScript bundle (grader/.build/), rebuilding it with
// esbuild when any grader source is newer. Students run `npm run grade` over and over: loading one
// bundle takes tens of milliseconds, where compiling the TypeScript sources each time took ~0.5 s.
// Usage: node grader/cli/launch.mjs <command> [args...], <command> being a file in grader/cli/.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const buildDir = join(root, "grader", ".build");
const [command, ...args] = process.argv.slice(2);

/** The newest modification time among the grader's sources and schemas. */
function newestSource() {
  let newest = statSync(join(root, "package.json")).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === ".build" || entry.name === "samples" || entry.name === "testdata") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|hbs|md)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, "grader"));
  walk(join(root, "fixtures", "schema"));
  return newest;
}

async function bundle(entry, outfile, platform) {
  const temporary = `${outfile}.${process.pid}.tmp`;
  // esbuild is loaded only to rebuild, not on every run.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    // The harness is evaluated by the sandbox's boot code as a CommonJS function body.
    format: platform === "node" ? "esm" : "cjs",
    platform,
    target: "node20",
    // Pure-JS dependencies (ajv, handlebars, ...) are bundled in: one file parses much faster than
    // Node resolving and loading their ~200 modules one by one on every run. esbuild (a native
    // service) and typescript (large, only for --typecheck) stay external.
    // The harness (neutral) requires Node's built-ins (fs, vm, events) from the child's own Node.
    external: platform === "node" ? ["esbuild", "typescript", "playwright-core"] : ["node:*"],
    banner: platform === "node" ? { js: 'import { createRequire as __graderRequire } from "node:module"; const require = __graderRequire(import.meta.url);' } : undefined,
    logLevel: "error",
    legalComments: "none",
  });
  renameSync(temporary, outfile); // atomic: parallel graders never load half a bundle
}

// A SIGUSR1 would open Node's inspector on this process, which runs no student code but holds
// the solutions and the course secret: with a listener installed, the signal does nothing.
process.on("SIGUSR1", () => undefined);

const entry = join(root, "grader", "cli", `${command}.ts`);
if (!command || !existsSync(entry)) {
  console.error(`grader: unknown command "${command ?? ""}"`);
  process.exit(2);
}
const cli = join(buildDir, `${command}.mjs`);
const harness = join(buildDir, "harness.js");
const built = (file) => (existsSync(file) ? statSync(file).mtimeMs : -Infinity);
if (Math.min(built(cli), built(harness)) < newestSource()) {
  mkdirSync(buildDir, { recursive: true });
  await Promise.all([
    bundle(entry, cli, "node"),
    bundle(join(root, "grader", "run", "child", "harness.ts"), harness, "neutral"),
  ]);
}
globalThis[Symbol.for("dnn-grader.prebuilt-harness")] = harness;
process.argv = [process.argv[0], cli, ...args];
await import(pathToFileURL(cli).href);
