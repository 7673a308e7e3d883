/**
 * npm run bench:np [-- --kernel] [-- --routes] — times the two operations that dominate the course's run time,
 * beside numpy on one thread where python3 with numpy is present: a 512×512 np.dot, and a forward
 * pass of the course's application network [12288, 20, 7, 5, 1] on 209 examples (64×64×3 images),
 * using the reference solutions. `#np` runs with the sandbox's V8 flags for WebAssembly, as in the
 * child. Prints the median and minimum of several runs after a warm-up, so JIT compilation is not
 * counted, in CPU time (the steadier figure on a shared machine; the ratio to numpy is of CPU
 * medians) and wall time. `--kernel` also times the FMA kernel against the machine's 128-bit peak,
 * `--routes` each route to the product (docs/np-performance.md).
 */
import { cpus } from "node:os";
import * as np from "#np";
import { wasmInstance } from "../grader/np/kernels/gemm-wasm";
import { initialize_parameters_deep } from "../solutions/initialize_parameters_deep";
import { L_model_forward } from "../solutions/L_model_forward";
import { runNumpy } from "./bench-support/numpy";
import { benchKernel } from "./bench-support/kernel-ceiling";
import { benchRoutes } from "./bench-support/routes";
import { withSandboxFlags } from "./bench-support/sandbox-flags";
import { ms, type Timing, time } from "./bench-support/timing";

withSandboxFlags();

const dotRuns = 15;
const fwdRuns = 11;

const figures = (t: Timing) => `cpu ${ms(t.cpu.median)} ${ms(t.cpu.min)}  wall ${ms(t.wall.median)} ${ms(t.wall.min)}`;

function rows(label: string, ours: Timing, theirs: Timing | undefined): void {
  console.log(label);
  console.log(`  #np   ${figures(ours)}`);
  if (theirs) console.log(`  numpy ${figures(theirs)}   #np / numpy ${(ours.cpu.median / theirs.cpu.median).toFixed(1)}×`);
}

np.random.seed(1);
const A = np.random.randn(512, 512);
const B = np.random.randn(512, 512);
const X = np.random.rand(12288, 209); // pixel-like values in [0, 1), as the course scales them
const layers = [12288, 20, 7, 5, 1];
const parameters = initialize_parameters_deep(layers);

const kernel = wasmInstance()?.flavour ?? "none";
console.log(`${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, #np product: ${kernel === "none" ? "JS" : `WebAssembly (${kernel})`}`);
const dot = time(() => np.dot(A, B), dotRuns);
// ten warm-up calls, not two: V8 optimizes the forward pass's JavaScript on background threads for
// several calls, and the process's CPU time counts those threads (with two, the CPU median was
// 6-7.6 ms against a wall time of 4.6 ms; with ten both are 4.5 ms)
const forward = time(() => L_model_forward(X, parameters), fwdRuns, 10);
const numpy = runNumpy<{ dot: Timing; forward: Timing }>(["np", String(dotRuns), String(fwdRuns)]);
console.log(numpy.ok ? `numpy ${numpy.figures.numpy}, one thread` : `numpy: ${numpy.reason}; #np alone`);
console.log("figures: median, min; the ratio is of the CPU medians");
rows(`np.dot (512, 512) x (512, 512), ${dotRuns} runs`, dot, numpy.ok ? numpy.figures.dot : undefined);
rows(`L_model_forward [${layers.join(", ")}], m = 209, ${fwdRuns} runs`, forward, numpy.ok ? numpy.figures.forward : undefined);

if (process.argv.includes("--kernel")) benchKernel(9);
if (process.argv.includes("--routes")) benchRoutes(9);
