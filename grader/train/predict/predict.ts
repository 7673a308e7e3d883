/**
 * `npm run predict`: the student's picture classified by the last training run's parameters with
 * the student's own forward pass (L_model_forward, which runs the two-layer model's parameters
 * too: LINEAR -> RELU -> LINEAR -> SIGMOID is the L = 2 case), in the sandbox, as the notebook's
 * last cell does. The probability is what their L_model_forward returned; the class is AL > 0.5.
 */
import { trainMessages } from "../../messages/messages";
import type { Value } from "../../values/value";
import type { Parameters } from "../accuracy";
import { callInSandbox } from "../sandboxed";
import { PREDICT_TIMEOUT_MS, trainLimits } from "../settings";
import type { LastRun } from "../last-run";
import { decodeImage, resize } from "./image";

export type PredictOutcome =
  | { ok: true; probability: number; predicted: 0 | 1; className: string; pixels: Uint8Array }
  | { ok: false; message: string };

function parametersValue(parameters: Parameters): Value {
  const entries = Object.entries(parameters).map(([k, a]): [string, Value] => [k, { type: "ndarray", shape: [...a.shape], data: Array.from(a.data) }]);
  return { type: "mapping", entries };
}

export async function predictImage(file: string, dir: string, run: LastRun, parameters: Parameters): Promise<PredictOutcome> {
  const [h, w, c] = run.image;
  const pixels = resize(decodeImage(file), h, w, c as 1 | 3);
  const X: Value = { type: "ndarray", shape: [pixels.length, 1], data: Array.from(pixels, (p) => p / 255) };
  const paramCount = Object.values(parameters).reduce((n, a) => n + a.data.length, 0);
  const called = await callInSandbox({
    dir,
    functionName: "L_model_forward",
    args: [X, parametersValue(parameters)],
    timeoutMs: PREDICT_TIMEOUT_MS,
    limits: trainLimits,
    bound: 2 * paramCount + 8 * pixels.length + 10_000,
  });
  if (!called.ok) return called;
  const value = called.value;
  const AL = value.type === "sequence" ? value.items[0] : undefined;
  if (!AL || AL.type !== "ndarray" || AL.data.length !== 1) return { ok: false, message: trainMessages.badForward(AL ? AL.type : value.type) };
  const probability = AL.data[0];
  const predicted = probability > 0.5 ? 1 : 0;
  return { ok: true, probability, predicted, className: run.classes[predicted], pixels };
}
