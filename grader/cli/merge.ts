/**
 * `npm run merge -- OUT1 OUT2 ... --out OUT [--run-id ID] [--wait SECONDS] [--partial]`: one
 * gradebook and dashboard from the outputs of `npm run grade:bulk -- ... --shard i/n` runs. Exit
 * code 0 when merged, 2 when refused (shards of other settings or runs, a shard missing or unfinished).
 */
import { relative, resolve } from "node:path";
import { mergeWhenReady } from "../bulk/merge";
import { readRoster } from "../bulk/roster";
import { GraderError } from "../errors";
import { parseFlags, runCli, wholeNumber } from "./cli";

const usage = `usage: npm run merge -- OUT1 OUT2 ... --out OUT [options]
  OUT1 OUT2 ...  the --out folders of grade:bulk runs with --shard 1/n, 2/n, ... (every one of them)
  --out OUT      a new folder for the merged gradebook, dashboard and students' files
  --run-id ID    merge only shards graded with this --run-id (refuses a previous run's files)
  --wait S       wait up to S seconds for every shard to be there and finished (default 0: do not wait)
  --partial      merge even with shards missing or unfinished: a partial gradebook, said so
  --roster FILE  the platform's gradebook export (Canvas, Moodle) or a CSV of ids: missing students get a row
  --assignment NAME  the assignment's name on the platform, its column in the import files
  --no-bom       write gradebook.csv without the UTF-8 byte order mark`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, { out: { type: "string" }, "run-id": { type: "string" }, wait: { type: "string" }, partial: { type: "boolean", default: false }, roster: { type: "string" }, assignment: { type: "string" }, "no-bom": { type: "boolean", default: false } }, usage);
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length === 0 || !values.out) throw new GraderError("usage", `give the shard outputs and --out\n${usage}`);
  const waitMs = (wholeNumber("--wait", values.wait, 0) ?? 0) * 1000;
  const { records, check, roster } = await mergeWhenReady(positionals, values.out, {
    runId: values["run-id"] || undefined,
    partial: values.partial,
    roster: values.roster === undefined ? undefined : readRoster(resolve(values.roster)),
    assignment: values.assignment,
    bom: !values["no-bom"],
    waitMs,
    onWait: (c) => console.error(`waiting for the shards: ${c.problems[0]}`),
  });
  const out = relative(process.cwd(), resolve(values.out)) || ".";
  const failed = records.filter((r) => r.status === "failed").length;
  const partial = check.missing.length > 0 ? `\nPARTIAL: shard${check.missing.length > 1 ? "s" : ""} ${check.missing.join(", ")} of ${check.count} missing` : "";
  const onRoster = roster ? `\nroster: ${roster.missing.length} enrolled without a submission (${roster.missing.map((r) => r.id).join(", ")}), ${roster.notOnRoster.length} submissions not on it (${roster.notOnRoster.join(", ")})` : "";
  console.log(`merged ${check.use.length} outputs: ${records.length} students (${failed} could not be graded)${partial}${onRoster}\ngradebook: ${out}/gradebook.csv\ndashboard: ${out}/index.html`);
  return 0;
}

runCli(main);
