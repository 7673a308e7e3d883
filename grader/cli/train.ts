/**
 * `npm run train -- [DIR] [--model two-layer|L-layer] [--data PATH] [--iterations N]
 * [--learning-rate R] [--json] [--out DIR]`: trains the student's model (DIR, default exercises/)
 * in the sandbox, shows its progress, prints the accuracies, writes the training report and keeps
 * the parameters for `npm run predict`. With --json, stdout holds only the results object.
 */
import { relative, resolve } from "node:path";
import { GraderError } from "../errors";
import { paths } from "../paths";
import { describeConfinement, probeConfinement } from "../run/limits";
import { terminalText } from "../ci/neutralise";
import { trainMessages } from "../messages/messages";
import { saveLastRun } from "../train/last-run";
import { progressView } from "../train/progress";
import { writeTrainingReport } from "../train/report/render";
import { DEFAULT_ITERATIONS, DEFAULT_LEARNING_RATE, trainPaths, type ModelName } from "../train/settings";
import { jsonSummary, train } from "../train/train";
import { parseFlags, runCli, wholeNumber } from "./cli";

const usage = `usage: npm run train -- [DIR] [--model two-layer|L-layer] [--data PATH] [--iterations N] [--learning-rate R] [--json] [--out DIR]
  DIR              the folder of your functions (default exercises/)
  --model          L-layer (default: [n_x, 20, 7, 5, 1]) or two-layer (n_x, 7, 1)
  --data PATH      a folder with the course's train_catvnoncat.h5 and test_catvnoncat.h5 (or train.h5, test.h5);
                   without it, the default data set (grader/train/data/)
  --iterations N   default ${DEFAULT_ITERATIONS};  --learning-rate R  default ${DEFAULT_LEARNING_RATE}
  --json           print only the results object on stdout
  --out DIR        where the report and the parameters go (default .grade/)`;

function learningRate(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LEARNING_RATE;
  const r = Number(text);
  if (!Number.isFinite(r) || r <= 0) throw new GraderError("usage", `--learning-rate must be a positive number (got "${text}")`);
  return r;
}

function modelName(text: string | undefined): ModelName {
  if (text === undefined) return "L-layer";
  if (text === "two-layer" || text === "L-layer") return text;
  throw new GraderError("usage", `--model is two-layer or L-layer (got "${text}")\n${usage}`);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      model: { type: "string" },
      data: { type: "string" },
      iterations: { type: "string" },
      "learning-rate": { type: "string" },
      json: { type: "boolean", default: false },
      out: { type: "string" },
    },
    usage,
  );
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 1) throw new GraderError("usage", `one folder at most (got ${positionals.join(", ")})\n${usage}`);
  const dir = resolve(positionals[0] ?? paths.exercises);
  const out = resolve(values.out ?? paths.defaultOut);
  const iterations = wholeNumber("--iterations", values.iterations, 1) ?? DEFAULT_ITERATIONS;
  const model = modelName(values.model);
  for (const note of describeConfinement(probeConfinement())) console.error(terminalText(trainMessages.weakSandbox(note)));
  let printed = 0;
  const view = progressView((t) => process.stderr.write(t), process.stderr.isTTY === true, iterations);
  // unref: a data error thrown below must not leave the process waiting on the timer.
  const ticker = setInterval(() => view.tick(), 1000).unref();
  if (!values.json) console.error(`Training your ${model} model (${relative(process.cwd(), dir) || "."}) for ${iterations} iterations...`);
  const outcome = await train({
    dir,
    model,
    dataDir: values.data === undefined ? undefined : resolve(values.data),
    iterations,
    learningRate: learningRate(values["learning-rate"]),
    // Student text on a terminal: control sequences neutralised.
    onLine: (line) => {
      printed += 1;
      view.line(terminalText(line));
    },
  });
  clearInterval(ticker);
  view.end();
  if (!outcome.ok) {
    console.error(terminalText(outcome.message));
    return 1;
  }
  const { run } = outcome;
  saveLastRun(trainPaths.lastRun(out), run);
  const report = writeTrainingReport(trainPaths.report(out), run, outcome.data);
  if (values.json) console.log(JSON.stringify(jsonSummary(run)));
  else {
    // A model that printed nothing (print_cost ignored): its returned costs, as the course prints them.
    if (printed === 0) for (const [i, cost] of run.costs) console.error(`Cost after iteration ${i}: ${cost}`);
    console.log(`Train accuracy: ${run.train_accuracy}`);
    console.log(`Test accuracy: ${run.test_accuracy}`);
    console.log(`${run.seconds} s; report: ${relative(process.cwd(), report)}; try your own picture: npm run predict -- IMAGE`);
  }
  return 0;
}

runCli(main);
