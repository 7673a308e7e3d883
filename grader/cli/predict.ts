/**
 * `npm run predict -- IMAGE [DIR] [--out DIR]`: the student's own picture (PNG or JPEG) classified
 * with the last training run's parameters (.grade/training/last-run.json) and the student's
 * L_model_forward from DIR (default exercises/), in the sandbox.
 */
import { resolve } from "node:path";
import { GraderError } from "../errors";
import { paths } from "../paths";
import { terminalText } from "../ci/neutralise";
import { trainMessages } from "../messages/messages";
import { describeConfinement, probeConfinement } from "../run/limits";
import { loadLastRun } from "../train/last-run";
import { predictImage } from "../train/predict/predict";
import { trainPaths } from "../train/settings";
import { parseFlags, runCli } from "./cli";

const usage = `usage: npm run predict -- IMAGE [DIR] [--out DIR] [--json]
  IMAGE   a PNG or JPEG picture; it is resized to the trained image size (64×64×3 for the course's data)
  DIR     the folder of your functions (default exercises/): your L_model_forward runs the prediction
  --out   where npm run train kept the last run (default .grade/)`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { out: { type: "string" }, json: { type: "boolean", default: false } }, usage);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length < 1 || positionals.length > 2) throw new GraderError("usage", `give one picture, and a folder if not exercises/\n${usage}`);
  const image = resolve(positionals[0]);
  const dir = resolve(positionals[1] ?? paths.exercises);
  const { run, parameters } = loadLastRun(trainPaths.lastRun(resolve(values.out ?? paths.defaultOut)));
  for (const note of describeConfinement(probeConfinement())) console.error(terminalText(trainMessages.weakSandbox(note)));
  const outcome = await predictImage(image, dir, run, parameters);
  if (!outcome.ok) {
    console.error(terminalText(outcome.message));
    return 1;
  }
  const { probability, predicted, className } = outcome;
  if (values.json) console.log(JSON.stringify({ image: positionals[0], model: run.model, probability, prediction: predicted, class: className }));
  else console.log(terminalText(trainMessages.prediction(outcome.predicted, run.model, outcome.className, outcome.probability)));
  return 0;
}

runCli(main);
