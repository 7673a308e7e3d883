/**
 * `npm run merge -- OUT1 OUT2 ... --out OUT`: one gradebook and dashboard from the outputs of
 * `npm run grade:bulk -- ... --shard i/n` runs. Exit code 0 when merged, 2 for a usage fault
 * (shards graded with different settings, a student graded differently by two shards).
 */
import { relative, resolve } from "node:path";
import { mergeOutputs } from "../bulk/merge";
import { GraderError } from "../errors";
import { parseFlags, runCli } from "./cli";

const usage = `usage: npm run merge -- OUT1 OUT2 ... --out OUT
  OUT1 OUT2 ...  the --out folders of grade:bulk runs with --shard 1/n, 2/n, ...
  --out OUT      a new folder for the merged gradebook, dashboard and students' files`;

function main(argv: string[]): number {
  const parsed = parseFlags(argv, { out: { type: "string" } }, usage);
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length === 0 || !parsed.values.out) throw new GraderError("usage", `give the shard outputs and --out\n${usage}`);
  const records = mergeOutputs(parsed.positionals, parsed.values.out);
  const out = relative(process.cwd(), resolve(parsed.values.out)) || ".";
  const failed = records.filter((r) => r.status === "failed").length;
  console.log(`merged ${parsed.positionals.length} outputs: ${records.length} students (${failed} could not be graded)\ngradebook: ${out}/gradebook.csv\ndashboard: ${out}/index.html`);
  return 0;
}

runCli(main);
