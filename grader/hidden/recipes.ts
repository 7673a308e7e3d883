/**
 * Hidden-case recipes: the course's recipes (fixtures/recipes.ts) with random shapes. Every shape is
 * drawn from a range that excludes the public case's, so a function that returns the published
 * answers whatever its inputs fails every hidden case on its shape alone. Inputs only: the expected
 * values come from the reference solutions, run in the sandbox (see hidden-cases.ts).
 */
import * as np from "#np";

export interface HiddenRecipe {
  name: string;
  /** The inputs in words, e.g. "A=randn(4,5), W=randn(3,4), b=randn(3,1)", for the teacher's replay. */
  recipe: string;
  args: unknown[];
}

/** A whole number in [lo, hi], from the seeded stream. */
const int = (lo: number, hi: number) => lo + Math.floor((np.random.rand() as number) * (hi - lo + 1));

function randn(rows: number, cols: number, words: string[], name: string): np.NDArray {
  words.push(`${name}=randn(${rows},${cols})`);
  return np.random.randn(rows, cols);
}

/** Probabilities kept away from 0 and 1, where the cost and dAL are steep. */
function probabilities(m: number, words: string[], name: string): np.NDArray {
  words.push(`${name}=0.05+0.9*rand(1,${m})`);
  return np.add(0.05, np.multiply(0.9, np.random.rand(1, m)));
}

function labels(m: number, words: string[]): np.NDArray {
  words.push(`Y=(rand(1,${m})>0.5)`);
  return np.array([Array.from({ length: m }, () => ((np.random.rand() as number) > 0.5 ? 1 : 0))]);
}

/** Layer sizes [n0, ..., nL] with nL = 1, as the course's networks end. */
function layerDims(n0: [number, number], layers: [number, number]): number[] {
  const L = int(...layers);
  return [int(...n0), ...Array.from({ length: L - 1 }, () => int(2, 5)), 1];
}

function parameters(dims: number[], words: string[], prefix = ""): Record<string, np.NDArray> {
  const p: Record<string, np.NDArray> = {};
  for (let l = 1; l < dims.length; l++) {
    p[`${prefix}W${l}`] = randn(dims[l], dims[l - 1], words, `${prefix}W${l}`);
    p[`${prefix}b${l}`] = randn(dims[l], 1, words, `${prefix}b${l}`);
  }
  return p;
}

function linearCase(words: string[]): unknown[] {
  const [nPrev, n, m] = [int(2, 6), int(1, 5), int(3, 7)];
  return [randn(nPrev, m, words, "A"), randn(n, nPrev, words, "W"), randn(n, 1, words, "b")];
}

/** X, labels Y, then layers_dims, a learning rate and 3 to 6 iterations; print_cost false. */
function modelRun(dims: number[], words: string[]): unknown[] {
  const m = int(4, 9);
  const X = randn(dims[0], m, words, "X");
  const Y = labels(m, words);
  const learningRate = int(1, 10) / 100;
  const iterations = int(3, 6);
  words.push(`layers_dims=[${dims.join(", ")}], learning_rate=${learningRate}, num_iterations=${iterations}`);
  return [X, Y, dims, learningRate, iterations, false];
}

function one(draw: (words: string[]) => unknown[]): HiddenRecipe[] {
  const words: string[] = [];
  const args = draw(words);
  return [{ name: "hidden", recipe: words.join(", "), args }];
}

function perActivation(draw: (words: string[]) => unknown[]): HiddenRecipe[] {
  return (["sigmoid", "relu"] as const).map((activation) => {
    const words: string[] = [];
    const args = [...draw(words), activation];
    return { name: `hidden ${activation}`, recipe: `${words.join(", ")}; activation "${activation}"`, args };
  });
}

/** Draws each function's hidden cases; the caller seeds np.random first. */
export const hiddenRecipes: Record<string, () => HiddenRecipe[]> = {
  initialize_parameters: () => one((w) => {
    const dims = [int(5, 9), int(2, 7), int(1, 3)];
    w.push(`n_x=${dims[0]}, n_h=${dims[1]}, n_y=${dims[2]}`);
    return dims;
  }),
  initialize_parameters_deep: () => one((w) => {
    const dims = layerDims([6, 9], [2, 4]).map((d, i, all) => (i === all.length - 1 ? int(1, 3) : d));
    w.push(`layer_dims=[${dims.join(", ")}]`);
    return [dims];
  }),
  linear_forward: () => one(linearCase),
  linear_activation_forward: () => perActivation(linearCase),
  L_model_forward: () => one((w) => {
    const dims = layerDims([2, 6], [2, 4]);
    const X = randn(dims[0], int(5, 8), w, "X");
    return [X, parameters(dims, w)];
  }),
  compute_cost: () => one((w) => {
    const m = int(4, 9);
    return [probabilities(m, w, "AL"), labels(m, w)];
  }),
  linear_backward: () => one((w) => {
    const [nPrev, n, m] = [int(2, 6), int(1, 5), int(5, 8)];
    const dZ = randn(n, m, w, "dZ");
    return [dZ, [randn(nPrev, m, w, "A"), randn(n, nPrev, w, "W"), randn(n, 1, w, "b")]];
  }),
  linear_activation_backward: () => perActivation((w) => {
    const [nPrev, n, m] = [int(2, 6), int(1, 5), int(3, 7)];
    const dA = randn(n, m, w, "dA");
    const linearCache = [randn(nPrev, m, w, "A"), randn(n, nPrev, w, "W"), randn(n, 1, w, "b")];
    return [dA, [linearCache, randn(n, m, w, "Z")]];
  }),
  L_model_backward: () => one((w) => {
    const dims = layerDims([2, 5], [2, 3]);
    const m = int(3, 7);
    const AL = probabilities(m, w, "AL");
    const Y = labels(m, w);
    const caches = dims.slice(1).map((n, i) => {
      const l = i + 1;
      return [[randn(dims[i], m, w, `A${i}`), randn(n, dims[i], w, `W${l}`), randn(n, 1, w, `b${l}`)], randn(n, m, w, `Z${l}`)];
    });
    return [AL, Y, caches];
  }),
  update_parameters: () => one((w) => {
    const dims = layerDims([5, 8], [2, 3]);
    const params = parameters(dims, w);
    const grads = parameters(dims, w, "d");
    const learningRate = int(1, 20) / 100;
    w.push(`learning_rate=${learningRate}`);
    return [params, grads, learningRate];
  }),
  // Part 2: a short training run on random data. Few iterations, as in the course's tests: each
  // costs a student ~7 round trips to the grader's reference callees, and bulk grading pays them all
  // (110 iterations took ~0.3 s a case, a bulk run's whole time limit).
  two_layer_model: () => one((w) => {
    const dims = [int(3, 8), int(2, 5), 1];
    return modelRun(dims, w);
  }),
  L_layer_model: () => one((w) => modelRun(layerDims([3, 8], [2, 4]), w)),
};
