/**
 * `npm run grade:bulk -- SUBMISSIONS --out OUT [--jobs N] [--timeout MS] [--format exercism]
 * [--shard i/n] [--secret S] [--student ID [--hidden-seed N]] [--force] [--regrade-hidden] [--run-id ID]
 * [--roster FILE] [--assignment NAME] [--no-bom] [--allow-weak-sandbox]`:
 * grades a class folder. Exit code 0 when the run finished, whatever the grades (students that
 * could not be graded are in the summary, the gradebook and the dashboard); 2 for a usage or grader fault.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { GraderError } from "../errors";
import { parseFlags, runCli, wholeNumber } from "./cli";
import { extraFormats, type ExtraFormat } from "../bulk/outputs";
import { formatBulkSummary, recognisedLine, terminalProgress } from "../bulk/progress";
import { runBulk } from "../bulk/run-bulk";
import { defaultJobs } from "../bulk/lanes";
import { DEFAULT_ASSIGNMENT } from "../bulk/class-files";
import { readRoster } from "../bulk/roster";
import { parseShard } from "../bulk/shard";
import { studentDir } from "../bulk/outputs";
import type { Results } from "../results/types";
import { formatSummary } from "./summary";
import { terminalText } from "../ci/neutralise";

const usage = `usage: npm run grade:bulk -- SUBMISSIONS --out OUT [options]
  SUBMISSIONS      the class folder as the platform's download unzips: Canvas, Moodle, Blackboard, GitHub Classroom
                   (recognised by their names), or one entry per student named by the id: a folder or a .zip;
                   the platform's .zip of the whole class as downloaded works too
  --out OUT        where the gradebook, the dashboard and each student's files go (resumable: run again to finish)
  --jobs N         submissions graded in parallel (default: one more than the cores, ${defaultJobs()})
  --timeout MS     time limit per case in milliseconds (default: per function)
  --format F       also write F results per student; F: ${extraFormats.join(", ")} (Gradescope's are always written)
  --shard i/n      grade only the i-th of n slices of the class (merge the outputs with npm run merge)
  --secret S       the course secret hidden cases are seeded from (default: the GRADER_SECRET environment variable)
  --student ID     grade only this student (e.g. to replay their hidden cases)
  --hidden-seed N  with --student: draw the hidden cases from this seed (as the dashboard shows it)
  --force          regrade students the journal says are already graded
  --regrade-hidden accept a course secret (or none) other than the one OUT was graded with, and regrade everyone
  --roster FILE    the platform's gradebook export (Canvas, Moodle) or a CSV of ids: missing students get a row
  --assignment NAME
                   the assignment's name on the platform, its column in the import files (default: "${DEFAULT_ASSIGNMENT}")
  --no-bom         write gradebook.csv without the UTF-8 byte order mark Excel needs to read accented names
  --run-id ID      name this grading across its shards (default: GRADER_RUN_ID); merge --run-id ID takes only its shards
  --allow-weak-sandbox
                   grade even where the OS sandbox (bubblewrap) cannot run, with Node's permission model alone`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
        out: { type: "string" },
        jobs: { type: "string" },
        timeout: { type: "string" },
        format: { type: "string", multiple: true },
        shard: { type: "string" },
        secret: { type: "string" },
        student: { type: "string" },
        "hidden-seed": { type: "string" },
        force: { type: "boolean", default: false },
        "regrade-hidden": { type: "boolean", default: false },
        "run-id": { type: "string" },
        roster: { type: "string" },
        assignment: { type: "string" },
        "no-bom": { type: "boolean", default: false },
        "allow-weak-sandbox": { type: "boolean", default: false },
    },
    usage,
  );
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new GraderError("usage", `give one class folder (or the platform's .zip of it)\n${usage}`);
  if (!values.out) throw new GraderError("usage", `--out is required: the folder for the gradebook, the dashboard and the students' files\n${usage}`);
  const formats = (values.format ?? []).flatMap((f) => f.split(",")).map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !extraFormats.includes(f as ExtraFormat));
  if (unknown.length > 0) throw new GraderError("usage", `--format ${unknown.join(", ")} is not known; choose from ${extraFormats.join(", ")}`);
  const hiddenSeed = wholeNumber("--hidden-seed", values["hidden-seed"], 0);
  if (hiddenSeed !== undefined && (values.student === undefined || hiddenSeed > 0xffffffff)) {
    throw new GraderError("usage", "--hidden-seed goes with --student, and is below 2**32");
  }
  const outDir = resolve(values.out);
  const progress = terminalProgress(process.stderr);
  const summary = await runBulk({
    classDir: resolve(positionals[0]),
    outDir,
    jobs: wholeNumber("--jobs", values.jobs, 1) ?? defaultJobs(),
    timeoutMs: wholeNumber("--timeout", values.timeout, 100),
    formats: formats as ExtraFormat[],
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    secret: values.secret ?? (process.env.GRADER_SECRET || undefined),
    student: values.student,
    hiddenSeed,
    force: values.force,
    regradeHidden: values["regrade-hidden"],
    roster: values.roster === undefined ? undefined : readRoster(resolve(values.roster)),
    assignment: values.assignment,
    bom: !values["no-bom"],
    runId: values["run-id"] ?? (process.env.GRADER_RUN_ID || undefined),
    allowWeakSandbox: values["allow-weak-sandbox"],
    onProgress: (p) => progress.update(p),
    onDiscovered: (platforms) => process.stderr.write(`${recognisedLine(platforms)}\n`),
  });
  progress.clear();
  if (values.student !== undefined && summary.total === 0) throw new GraderError("usage", `no submission named ${JSON.stringify(values.student)} in this class folder${values.shard ? " and shard" : ""}`);
  if (values.student !== undefined) {
    // A replay: the student's own summary, as `npm run grade` would print it.
    const resultsFile = join(studentDir(outDir, values.student), "results.json");
    if (existsSync(resultsFile)) console.log(`${formatSummary(JSON.parse(readFileSync(resultsFile, "utf8")) as Results, values.student)}\n`);
  }
  // Why a student could not be graded can quote what their code printed or threw.
  console.log(terminalText(formatBulkSummary(summary, relative(process.cwd(), outDir) || ".")));
  return 0;
}

runCli(main);
