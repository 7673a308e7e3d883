/**
 * `npm run gradescope -- OUT.zip [--secret S] [--require-os-sandbox]`: builds the autograder to
 * upload to a Gradescope programming assignment (grader/gradescope/build-autograder.ts;
 * docs/gradescope.md). Exit code 0 when written, 2 for a usage fault.
 */
import { relative, resolve } from "node:path";
import { GraderError } from "../errors";
import { buildAutograder } from "../gradescope/build-autograder";
import { parseFlags, runCli } from "./cli";

const usage = `usage: npm run gradescope -- OUT.zip [options]
  OUT.zip        the autograder to upload to Gradescope (Configure Autograder > Zip file upload)
  --secret S     the course secret hidden cases are drawn from (default: GRADER_SECRET); it is stored
                 in the zip: keep the zip private
  --no-hidden    build without hidden cases even when GRADER_SECRET is set
  --require-os-sandbox
                 refuse to grade where bubblewrap cannot run in Gradescope's container (by default the
                 grader then falls back to Node's permission model, inside Gradescope's own container)`;

function main(argv: string[]): number {
  const { values, positionals } = parseFlags(
    argv,
    { secret: { type: "string" }, "no-hidden": { type: "boolean", default: false }, "require-os-sandbox": { type: "boolean", default: false } },
    usage,
  );
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1 || !positionals[0].endsWith(".zip")) throw new GraderError("usage", `give the .zip to write\n${usage}`);
  const secret = values["no-hidden"] ? undefined : (values.secret ?? (process.env.GRADER_SECRET || undefined));
  const out = resolve(positionals[0]);
  const { entries, bytes } = buildAutograder(out, { ...(secret ? { secret } : {}), allow_weak_sandbox: !values["require-os-sandbox"] });
  console.log(`wrote ${relative(process.cwd(), out) || out}: ${entries} files, ${(bytes / 1024).toFixed(0)} KiB; hidden cases ${secret ? "on (the course secret is inside: keep the zip private)" : "off (no --secret or GRADER_SECRET)"}`);
  return 0;
}

runCli(main);
