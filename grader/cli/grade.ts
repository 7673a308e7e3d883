/**
 * `npm run grade [-- DIR] [options]`: grades a folder of exercise files (exercises/ by default),
 * writes results.json and the reports, and prints a summary (or only the results object with --json).
 * Exit code 0 whenever grading ran, whatever the score (in --ci mode, 1 below the bar); 2 for a
 * fault of the grader or its inputs. --watch regrades on every save until Ctrl-C.
 */
import { relative, resolve } from "node:path";
import { paths } from "../paths";
import { GraderError } from "../errors";
import { parseFlags, runCli } from "./cli";
import { gradeSubmission, type GradeOptions } from "../grade/grade-submission";
import { startWatch } from "../watch/watch";
import { formatSummary, type SummaryOptions } from "./summary";
import { loadExercises } from "../course/exercises";
import { TERMINAL_COLUMNS, wrap } from "./wrap";
import { writeResults } from "../results/write";
import { writeReports } from "../report/write-reports";
import { emitCiOutputs } from "../ci/output";
import { probeConfinement, requireOsSandbox } from "../run/limits";
import { terminalJson, terminalText } from "../ci/neutralise";


const usage = `usage: npm run grade -- [DIR] [--only f1,f2] [--json] [--out DIR] [--timeout MS] [--typecheck]
                         [--ci [--min-score N] [--junit FILE] [--allow-weak-sandbox]] [--watch]
  DIR          the folder of exercise files to grade (default: exercises)
  --only       grade only these functions, e.g. --only linear_forward,linear_backward
  --json       print only the results object (JSON) on stdout
  --out        the folder for results.json, report.html and report.md (default: .grade)
  --typecheck  also type-check the files with TypeScript (about a second more);
               type errors are warnings, never failures
  --timeout    time limit per case in milliseconds (default: per function)
  --ci         exit 1 when the score is below --min-score (default: unless every public case
               passes); under GitHub Actions, annotate the student's lines and write the summary
  --min-score  the score CI requires, e.g. --min-score 70
  --junit      write JUnit XML to this file (GitLab CI and others read it)
  --allow-weak-sandbox
               with --ci: grade even where the OS sandbox (bubblewrap) cannot run
               (Node's permission model alone)
  --watch      regrade each time you save an exercise file (only what the saved file affects)
Flags go after --: npm run grade -- --only linear_forward`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
        only: { type: "string" },
        json: { type: "boolean", default: false },
        typecheck: { type: "boolean", default: false },
        out: { type: "string" },
        timeout: { type: "string" },
        ci: { type: "boolean", default: false },
        "min-score": { type: "string" },
        junit: { type: "string" },
        watch: { type: "boolean", default: false },
        "allow-weak-sandbox": { type: "boolean", default: false },
    },
    usage,
  );
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 1) throw new GraderError("usage", `give one folder to grade, not ${positionals.length}\n${usage}`);
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs >= 100)) {
    throw new GraderError("usage", `--timeout must be a whole number of milliseconds, at least 100 (got "${values.timeout}")`);
  }
  const minScore = values["min-score"] === undefined ? undefined : Number(values["min-score"]);
  if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0)) {
    throw new GraderError("usage", `--min-score must be a number of points, e.g. 70 (got "${values["min-score"]}")`);
  }
  const dir = resolve(positionals[0] ?? paths.exercises);
  const outDir = resolve(values.out ?? paths.defaultOut);
  const only = values.only?.split(",").map((x) => x.trim()).filter(Boolean);
  if (values.watch) {
    if (values.json || values.ci || values.junit) throw new GraderError("usage", "--watch runs until you stop it: use it without --json, --ci and --junit");
    await watchAndRedraw({ submissionDir: dir, only, timeoutMs, typecheck: values.typecheck }, dir, outDir);
    return 0;
  }
  // CI grades code someone else wrote: only in the OS sandbox, unless told otherwise.
  if (values.ci) requireOsSandbox(probeConfinement(), values["allow-weak-sandbox"], "npm run grade -- --ci");
  const results = await gradeSubmission({
    submissionDir: dir,
    only,
    timeoutMs,
    typecheck: values.typecheck,
    bundleCache: true,
  });
  const written = writeResults(outDir, results);
  const reports = writeReports(outDir, results);
  // The same JSON, with nothing in it a CI runner would read as a workflow command.
  if (values.json) process.stdout.write(terminalJson(results) + "\n");
  else console.log(formatSummary(results, `${relative(process.cwd(), dir) || "."}/`, summaryOptions(reports.html, written)));
  if (!values.ci && !values.junit) return 0;
  const verdict = emitCiOutputs(results, {
    junitFile: values.junit === undefined ? undefined : resolve(values.junit),
    minScore,
    submissionDir: dir,
    env: process.env,
    // GitHub reads workflow commands from either stream; with --json, stdout holds only the results.
    write: (line) => (values.json ? console.error(line) : console.log(line)),
  });
  if (!values.ci) return 0;
  console.error(wrap(`grader: CI ${verdict.passed ? "passed" : "failed"}: ${terminalText(verdict.reason)}`, TERMINAL_COLUMNS).map(terminalText).join("\n"));
  return verdict.passed ? 0 : 1;
}

/** Where the student finds the report and results, as paths from where they ran the command. */
function summaryOptions(report: string, results: string): SummaryOptions {
  return { reportPath: relative(process.cwd(), report), resultsPath: relative(process.cwd(), results), courseFunctions: loadExercises().length };
}

/** Redraws the summary after every regrade until the student presses Ctrl-C. */
async function watchAndRedraw(options: GradeOptions, dir: string, outDir: string): Promise<void> {
  const label = `${relative(process.cwd(), dir) || "."}/`;
  const stop = await startWatch(options, ({ results, changed, regraded, ms }) => {
    const written = writeResults(outDir, results);
    const reports = writeReports(outDir, results);
    const what = changed ? `saved ${changed}: regraded ${regraded.join(", ")} in ${Math.round(ms)} ms` : `graded in ${Math.round(ms)} ms`;
    // `changed` is the name of a file in the student's folder.
    process.stdout.write(`\x1b[2J\x1b[H${formatSummary(results, label, summaryOptions(reports.html, written))}\n\n${terminalText(what)}\nWatching ${label} for changes. Press Ctrl-C to stop.\n`);
  });
  await new Promise<void>((resolveStop) => process.once("SIGINT", () => resolveStop()));
  stop();
}

runCli(main);
