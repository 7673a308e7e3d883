/**
 * Every student-facing message of the grader, written once. Each says what is wrong and what to
 * do next, in the course's terms. Other modules call these functions; none builds its own text.
 */
import { describeValue, shapeText, type Value } from "../values/value";

const number = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(8).replace(/0+$/, "").replace(/\.$/, ""));

// --- Named dimensions and diagnosis (grader/diagnose) ----------------------------------------------

/** A shape in the course's named dimensions, as grader/diagnose/dimensions builds it. */
export interface NamedShapeText {
  quantity: { name: string; shape: string[]; rule: "weights" | "bias" | "activations" | "derivative"; of?: string };
  dimensions: { symbol: string; value: number; source?: { arg: string; axis?: 0 | 1 } }[];
  shape: number[];
}

const symbolic = (shape: readonly string[]) => `(${shape.join(", ")})`;

/** The rule of the dimension table a quantity follows, in the table's own words. */
function ruleText(q: NamedShapeText["quantity"]): string {
  switch (q.rule) {
    case "weights":
      return `"W[l] is (n[l], n[l-1])"`;
    case "bias":
      return `"b[l] is (n[l], 1)"`;
    case "activations":
      return `"Z[l] and A[l] are (n[l], m)"`;
    case "derivative":
      return `"every derivative has the shape of what it differentiates" (${q.name} has the shape of ${q.of})`;
  }
}

/** What to check next: for a cache entry, what is stored where; otherwise by the kind of quantity (its letter, with its d). */
function shapeAdvice(q: NamedShapeText["quantity"], label: string): string {
  if (/^caches?\[/.test(label)) return "A linear cache is [A_prev, W, b] and a layer's cache [linear_cache, Z]: check what you store, and in which order.";
  switch (q.name.replace(/\[.*$/, "")) {
    case "W":
      return "A weight matrix has a row per unit of its layer and a column per unit of the layer before.";
    case "b":
      return "A bias has one entry per unit of its layer, as a column.";
    case "Z":
    case "A":
      return "Units are rows and examples are columns: W[l]·A[l-1] is (n[l], n[l-1])·(n[l-1], m) = (n[l], m); check the order of the factors in np.dot.";
    case "dW":
      return "dW[l] = (1/m) dZ[l]·A[l-1]ᵀ is (n[l], m)·(m, n[l-1]): check the order of the factors and which one is transposed.";
    case "db":
      return "Sum dZ[l] over the examples, axis 1, with keepdims: true, which keeps a column.";
    case "dA":
      return "dA[l-1] = W[l]ᵀ·dZ[l] is (n[l-1], n[l])·(n[l], m): transpose W, not dZ.";
    default:
      return "Check the order of the factors in np.dot.";
  }
}

function sourceText(source: { arg: string; axis?: 0 | 1 }): string {
  if (source.axis === undefined) return source.arg;
  return `the ${source.axis === 0 ? "rows" : "columns"} of ${source.arg}`;
}

/** "caches[1][1] is Z[2]: Z[2] must be (n[2], m) = (3, 4)" */
function mustBe(label: string, named: NamedShapeText): string {
  const q = named.quantity;
  return `${label} is ${q.name}: ${q.name} must be ${symbolic(q.shape)} = ${shapeText(named.shape)}`;
}

const listed = (items: readonly (string | number)[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** A factor as a person would say it: m and 1/m by name. */
function factorText(factor: number, m: number | undefined): string {
  const near = (x: number) => Math.abs(factor - x) <= 1e-6 * Math.abs(x);
  if (m !== undefined && m > 1) {
    if (near(m)) return `m = ${m} times`;
    if (near(1 / m)) return `1/m times (m = ${m})`;
    if (near(-m)) return `-m = -${m} times`;
    if (near(-1 / m)) return `-1/m times (m = ${m})`;
  }
  return `${number(factor)} times`;
}

const crashAdvice = {
  memory: " (look for an array or a list that grows without end, or arrays far larger than the inputs)",
  exit: " while this function ran (graded functions must return their result, not end the process)",
  signal: "",
  channel: " on its channel to the grader (file descriptors 0 and 1: print with console.log and leave the descriptors alone)",
  start: "",
} as const;

const quoted = (kind: string, text: string) => (kind === "a string" ? `"${text}"` : text);

/** For a value of the wrong kind: what most likely produced it. */
function kindHint(actual: Value): string {
  if (actual.type === "other" && actual.description === "a Promise") {
    return " Graded functions must not be async: remove `async` (and `await`) and return the value itself.";
  }
  return "";
}

export const messages = {
  kind: {
    notArray: (label: string, actual: Value, shape: readonly number[]) =>
      `${label} is ${describeValue(actual)}; expected an array of shape ${shapeText(shape)}.${kindHint(actual)}`,
    arrayForNumber: (label: string, shape: readonly number[]) =>
      `${label} is an array of shape ${shapeText(shape)}; return a plain number (a scalar): use np.squeeze(cost).item() or cost.item().`,
    damagedArray: (label: string) => `${label} is an NDArray whose data does not fill its shape; build arrays with np functions, never by editing .shape or .data.`,
    wrong: (label: string, actual: Value, expected: Value) => `${label} is ${describeValue(actual)}; expected ${describeValue(expected)}.${kindHint(actual)}`,
    tuple: (label: string, actual: Value, length: number, names: string[] | undefined) =>
      `${label} is ${describeValue(actual)}; return a tuple (a JS array) of ${length} values${names ? `: [${names.join(", ")}]` : ""}.${kindHint(actual)}`,
    keys: (label: string, missing: string[], extra: string[]) =>
      [
        missing.length ? `${label} is missing the key${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` : "",
        extra.length ? `${label} has unexpected key${extra.length > 1 ? "s" : ""} ${extra.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ") + ". Check the names and the range of your layer loop (l = 1 .. L for W and b).",
  },
  shape: (label: string, actual: readonly number[], expected: readonly number[], named?: NamedShapeText) =>
    `${label} has shape ${shapeText(actual)}; expected ${shapeText(expected)}. ` +
    (named
      ? `${mustBe(label, named)} by the dimension table's rule ${ruleText(named.quantity)} (exercises/README.md). ${shapeAdvice(named.quantity, label)}`
      : "Check the order of the factors in np.dot and the dimension table in exercises/README.md."),
  notFinite: (label: string, value: number, index: string) =>
    `${label} holds ${Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity"}${index ? `, first at ${index}` : ""}: look for a log of 0, a division by 0 or an overflowing exp.`,
  values: (label: string, index: string, actual: number, expected: number | undefined, wrong: number, total: number) =>
    `${label}${index ? `${index}` : ""} is ${number(actual)}${expected === undefined ? "" : `; expected ${number(expected)}`}` +
    // The value named is the one furthest beyond numpy's allclose tolerance (check/compare.ts).
    (total > 1 ? ` (${wrong > 1 ? "the largest difference; " : ""}${wrong} of ${total} values differ)` : "") +
    ". The shapes are right, so look at the formula.",
  case: {
    pass: () => "passed",
    notAttempted: (fn: string) => `not attempted yet: write ${fn} between YOUR CODE STARTS HERE and YOUR CODE ENDS HERE, and remove the throw.`,
    missingFile: (file: string, nearNames: readonly string[] = []) =>
      `${file} is missing from the submission` +
      (nearNames.length > 0 ? `; did you mean ${nearNames.join(" or ")}? Rename it to ${file}.` : `: create it (copy the stub from the handout's exercises/).`),
    threw: (name: string, message: string, location: string | undefined, line?: string) =>
      `threw ${name}: ${message}${location ? ` (at ${location}${line ? `: ${line}` : ""})` : ""}`,
    /** A case whose mistake the diagnosis names: the name first, then what the check saw. */
    named: (mistake: string, hint: string, check: string) => `${mistake}: ${hint} (${check})`,
    /** `kind`: "a string", "an object", "null", ... */
    threwNonError: (kind: string, text: string) =>
      `threw ${kind === "null" || kind === "undefined" ? kind : `${kind} (${quoted(kind, text.length > 300 ? `${text.slice(0, 300)}…` : text)})`} instead of an Error: write \`throw new Error("...")\`, so the grader can show the message and the line.`,
    /** Node refused a file, a process, a worker or the inspector (ERR_ACCESS_DENIED). */
    sandboxRefused: () =>
      "Graded code runs without access to files, processes or the network: compute the result from the function's arguments only.",
    unreadableResult: (name: string, message: string, location: string | undefined) =>
      `returned a value the grader could not read: reading it threw ${name}: ${message}${location ? ` (at ${location})` : ""}. Return plain arrays, numbers and objects, without getters or Proxies.`,
    timeout: (limitMs: number) => `did not return within ${limitMs / 1000} s, the time limit: look for a loop that never ends.`,
    crashed: (reason: string, cause?: "memory" | "exit" | "signal" | "channel" | "start") =>
      `the process running your code ${reason}${crashAdvice[cause ?? "start"]}; the other functions were graded in a fresh one.`,
    buildFailed: (problems: string) => `does not compile: ${problems}`,
    missingExport: (file: string, fn: string) => `${file} does not export a function named ${fn}: keep the line \`export function ${fn}(...)\`.`,
    loadThrew: (file: string, name: string, message: string) => `${file} threw ${name} while loading: ${message}`,
    dependencyMissing: (fn: string, deps: string[]) =>
      `not graded with your own ${deps.join(", ")}: ${deps.length > 1 ? "they are" : "it is"} missing or not attempted yet (${fn} was graded with the reference versions).`,
    dependencyTimedOut: (fn: string, deps: string[]) =>
      `not graded with your own ${deps.join(", ")}: ${deps.length > 1 ? "they ran" : "it ran"} out of time on ${deps.length > 1 ? "their" : "its"} own cases, so ${fn} would too (${fn} was graded with the reference versions). Fix ${deps.length > 1 ? "those" : "that"} first.`,
  },
  exercise: {
    pass: (cases: number) => `all ${cases} case${cases > 1 ? "s" : ""} passed`,
    ownDependenciesPass: (deps: string[]) => `also passes with your own ${deps.join(" and ")}`,
    /** `fix`: the deepest callees that fail, each with the direct callee it is reached through. */
    ownDependenciesFail: (fn: string, fix: readonly { name: string; through: string }[]) =>
      `your ${fn} is right; it fails with your own ${listed(fix.map((f) => (f.through === f.name ? f.name : `${f.name} (called through ${f.through})`)))}, ` +
      `which ${fix.length > 1 ? "fail" : "fails"} on ${fix.length > 1 ? "their" : "its"} own: fix ${fix.length > 1 ? "those" : "that"} first.`,
    /** With --only, the callees that could be at fault were not graded in this run. */
    ownDependenciesUngraded: (fn: string, deps: readonly string[], ungraded: readonly string[]) =>
      `your ${fn} is right; it fails with your own ${listed(deps)}; ${listed(ungraded)} ${ungraded.length > 1 ? "were" : "was"} not graded ` +
      `in this run: add ${ungraded.length > 1 ? "them" : "it"} to --only to see which to fix first.`,
    /** Every callee passes its own cases, yet together they fail. */
    ownDependenciesDiffer: (fn: string, deps: readonly string[]) =>
      `your ${fn} is right; it fails with your own ${listed(deps)}, though ${deps.length > 1 ? "they pass their" : "it passes its"} own cases: ` +
      "on the inputs this function passes, they return something else than the reference (see the report).",
  },
  /** About the command line itself (grader/cli/). */
  cli: {
    unknownFlag: (flag: string, suggestion: string | undefined) =>
      `unknown flag ${flag}${suggestion ? `: did you mean ${suggestion}?` : ""} (all flags are listed below)`,
    /** npm read the grader's flags as its own (no `--` before them); they are honoured. */
    npmTookFlags: (script: string, taken: readonly string[]) =>
      `note: npm took ${taken.join(" ")} for itself; grading as if you typed npm run ${script} -- ${taken.join(" ")} ` +
      "(npm passes on only what comes after --).",
    /** npm took a flag and its value is lost: nothing can be honoured. */
    npmLostFlags: (script: string, lost: readonly string[]) =>
      `npm took ${lost.join(" ")} for itself and kept its value: put -- before the grader's flags, ` +
      `as in npm run ${script} -- ${lost.map((f) => `${f} ...`).join(" ")}`,
  },
  /** About building the student handout (grader/handout/). */
  handout: {
    solved: (files: readonly string[]) =>
      `holds code in ${files.map((f) => `${f}.ts`).join(", ")} (solved or started): a handout would give it to every student. ` +
      "Restore the stubs (git checkout exercises/), or pass --allow-solved if they are meant to ship.",
  },
  /** The terminal summary (grader/cli/summary.ts): short lines; the report holds the long form. */
  summary: {
    /** A part's heading wherever the grading shows its subtotal (terminal, reports, step summary). */
    part: (index: number, title: string) => `Part ${index + 1} · ${title}`,
    mistake: (name: string) => `Likely mistake: ${name.replace(/\.$/, "")}.`,
    fix: (hint: string) => `Fix: ${hint}`,
    details: (where: string) => `Details: ${where}`,
    /** The whole course graded: the score and, when nothing was attempted, where to start. */
    score: (score: number, max: number) => `Score: ${score}/${max}`,
    /** With --only: the score of the functions graded, and nothing said of the others. */
    scoreOfSome: (score: number, max: number, graded: readonly string[]) =>
      `Score: ${score}/${max} for ${graded.length === 1 ? graded[0] : `the ${graded.length} functions graded`} (--only)`,
    nothingAttempted: (first: string) => `Nothing attempted yet: start with exercises/${first}.ts.`,
    moreInReport: "… (the rest is in the report)",
  },
  typeWarning: (diagnostic: string) => `type error (a warning: it costs no points) ${diagnostic}`,
  typecheckFailed: (code: number | null) => `the type check could not run (exit code ${code}); grading was not affected`,
  mutated: (names: string[]) => `changed its input${names.length > 1 ? "s" : ""} ${names.join(", ")} in place; return new arrays instead (the grader gave each case fresh copies).`,
  /** About how a submission was received in bulk grading (shown in the student's results and the class dashboard). */
  bulk: {
    zipUnreadable: (detail: string) => `the .zip could not be read (${detail}): export the submission again as a plain .zip`,
    zipTooManyEntries: (count: number, max: number) => `the .zip holds ${count} entries, more than the ${max} allowed: zip only your exercise files`,
    zipTooBig: (maxBytes: number) => `the submission's files add up to more than ${maxBytes >> 20} MiB: hand in only your exercise files`,
    tooManyFiles: (max: number) => `the submission holds more than ${max} files: hand in only your exercise files`,
    fileTooBig: (path: string, maxBytes: number) => `${path} is larger than ${maxBytes >> 10} KiB, far more than an exercise file: hand in only your exercise files`,
    zipEntryIgnored: (name: string, why: string) => `ignored ${JSON.stringify(name)} in the .zip: ${why}`,
    linkIgnored: (path: string) => `ignored ${path}: symbolic links are not followed`,
    folderAndZip: (names: string) => `the class folder holds both ${names}: keep one of them`,
    gradingFailed: (detail: string) => `the grader could not grade this submission: ${detail}`,
    olderUploadIgnored: (file: string) => `ignored ${file}: a later upload of the same file replaces it`,
    latestAttempt: (attempt: string, older: number) => `graded the latest attempt (${attempt}); ${older} earlier attempt${older > 1 ? "s were" : " was"} ignored`,
    nameNotUtf8: (name: string) => `the name ${JSON.stringify(name)} is not UTF-8 (an archive made on Windows?): it was read as Latin-1`,
    nearName: (path: string, file: string) => `graded ${path} as ${file}: its name nearly matches; name it exactly ${file} next time`,
    twinIgnored: (path: string, file: string) => `ignored ${path}: ${file} beside it was graded`,
    empty: "the submission holds no files: hand in your exercise files (e.g. linear_forward.ts)",
    noTypeScript: (found: readonly string[], more: number) =>
      `the submission holds no TypeScript file, only ${found.join(", ")}${more > 0 ? ` and ${more} more` : ""}: hand in the .ts files of exercises/`,
    noExerciseFiles: (found: readonly string[]) =>
      `none of the exercise files (linear_forward.ts, ...) is in the submission, only ${found.join(", ")}: keep each function in the file of its name`,
    unchangedStubs: "every exercise file is still the handout's stub: nothing was attempted",
  },
  /** Findings of grader/diagnose: observations about a failing result, each with what to do next. */
  diagnosis: {
    alsoMatches: (names: readonly string[]) =>
      `Your result also matches ${listed(names.map((n) => `"${n}"`))}: on this case ${names.length > 1 ? "those mistakes give" : "that mistake gives"} the same output, so check for ${names.length > 1 ? "them" : "it"} too.`,
    namedShape: (label: string, named: NamedShapeText, actual: readonly number[]) =>
      `${mustBe(label, named)}; yours is ${shapeText(actual)}. It breaks the dimension table's rule ${ruleText(named.quantity)}` +
      (named.dimensions.some((d) => d.source)
        ? `; in this call ${listed(named.dimensions.filter((d) => d.source).map((d) => `${d.symbol} = ${d.value} (${sourceText(d.source!)})`))}. `
        : ". ") +
      shapeAdvice(named.quantity, label),
    transposed: (label: string, actual: readonly number[], expected: readonly number[]) =>
      `${label} is the expected result transposed: the right numbers, laid out ${shapeText(actual)} instead of ${shapeText(expected)}. ` +
      "Since (A·B)ᵀ = Bᵀ·Aᵀ, swap the factors of np.dot back and drop the transposes.",
    signFlipped: (label: string) =>
      `${label} has the expected values with the opposite sign, everywhere: look for a minus sign that is missing or one too many.`,
    factor: (label: string, factor: number, m: number | undefined) => {
      const text = factorText(factor, m);
      const why =
        m !== undefined && m > 1 && text.startsWith("m =")
          ? "a sum over the m examples where the course averages: divide by m."
          : m !== undefined && m > 1 && text.startsWith("1/m")
            ? "divided by m where it should not be, or twice: keep exactly one 1/m, and only where the course averages over the examples."
            : m !== undefined && m > 1 && text.startsWith("-m")
              ? "the sign is flipped and the 1/m average is missing."
              : m !== undefined && m > 1 && text.startsWith("-1/m")
                ? "the sign is flipped and divided by m once too often."
                : "look for a constant you multiply or divide by (a scale, a learning rate, an m taken from the wrong axis).";
      return `${label} is ${text} the expected values, everywhere: ${why}`;
    },
    allZeros: (label: string) =>
      `${label} is all zeros where the expected values are not: check that it is computed at all, and that nothing multiplies it by 0.`,
    onlyRows: (label: string, rows: readonly number[], total: number) =>
      `${label} is wrong only in row${rows.length > 1 ? "s" : ""} ${listed(rows)} (of ${total}); the other rows are right. Rows are units: look at what your code does differently for ${rows.length > 1 ? "those" : "that"} unit${rows.length > 1 ? "s" : ""}.`,
    onlyColumns: (label: string, columns: readonly number[], total: number) =>
      `${label} is wrong only in column${columns.length > 1 ? "s" : ""} ${listed(columns)} (of ${total}); the other columns are right. Columns are examples: look at what is special about ${columns.length > 1 ? "those examples" : "that example"} (a relu unit at or below 0, a label of 0 or 1).`,
    onlyAt: (label: string, rows: readonly number[], columns: readonly number[]) =>
      `${label} is wrong only where rows ${listed(rows)} meet columns ${listed(columns)}; everything else is right.`,
    notFinite: (kind: "NaN" | "Infinity" | "-Infinity", label: string, index: string, count: number, total: number, others: readonly string[]) =>
      `${kind} first appears in ${label}${index ? ` at ${index}` : ""}${total > 1 ? ` (${count} of its ${total} values are not finite)` : ""}` +
      (others.length > 0 ? `, and spreads to ${listed(others)}` : "") +
      ". NaN comes from 0/0, 0·∞, ∞ - ∞ or the log of a negative number; ±Infinity from a division by 0, the log of 0 or an exp that overflows.",
    missingKeepdims: (label: string, actual: readonly number[], expected: readonly number[], valuesRight: boolean) =>
      `${label} is a 1-d array ${shapeText(actual)} where ${shapeText(expected)} is expected: np.sum dropped the axis it summed over${valuesRight ? " (its values are right)" : ""}. ` +
      "Pass keepdims: true, as in np.sum(dZ, { axis: 1, keepdims: true }), to keep a column.",
    oneDimensionalZeros: (label: string, actual: readonly number[], expected: readonly number[]) =>
      `${label} is a 1-d array ${shapeText(actual)} of zeros where ${shapeText(expected)} is expected: np.zeros(n) makes a 1-d array. ` +
      `Give the shape as a list, np.zeros([${expected.join(", ")}]) here (np.zeros([n, 1]) for a column; Python's np.zeros((n, 1)) is np.zeros(1) in TypeScript).`,
    holdsOther: (label: string, other: string) =>
      `${label} holds what ${other} should hold: check the order of the values you return or store.`,
    holdsInput: (label: string, input: string) =>
      `${label} equals the input ${input} as it was given: it was passed through without being computed or updated.`,
    habitElsewhere: (name: string, line: number, hint: string) => `Also on line ${line}: ${name.charAt(0).toLowerCase()}${name.slice(1)}. ${hint}`,
    oneMinus: (label: string) =>
      `${label} is 1 minus the expected values, everywhere: a probability and its complement swapped (σ(-Z) for σ(Z), 1 - A for A, or the two terms of the cost exchanged).`,
    otherActivation: (label: string, used: string, wanted: string) =>
      `${label} is what ${used} gives where ${wanted} is asked: check which activation you apply, and that you pass the \`activation\` argument on.`,
    derivativeAtZ: (label: string) =>
      `${label} is what the sigmoid's derivative gives when taken at Z, Z·(1 - Z), instead of at σ(Z): s·(1 - s) with s = σ(Z) (sigmoid_backward computes it from the cache's Z).`,
    seeHints: (functionName: string) =>
      `Hints for ${functionName}, from a nudge to nearly the answer: exercises/hints/${functionName}.md. Read one, then try again.`,
  },
  /** Findings about a case that threw (grader/diagnose/thrown): what threw, in the course's terms, and the fix. */
  thrown: {
    /** "A, which is A[l-1]: (n[l-1], m) = (3, 2)"; an operand the course does not name: "x, of shape (3, 2)". */
    operand: (text: string, quantity: string | undefined, named: readonly string[] | undefined, shape: readonly number[]) =>
      quantity && named ? `${text}, which is ${quantity}: ${symbolic(named)} = ${shapeText(shape)}` : `${text}, of shape ${shapeText(shape)}`,
    dot: (call: string, left: string, right: string, columns: string, rows: string, fix: string | undefined) =>
      `\`${call}\` multiplies ${left}, by ${right}. np.dot(P, Q) needs as many columns in P as rows in Q; here P has ${columns} and Q ${rows}.` +
      (fix ? ` ${fix}` : " Check which factor comes first and which one is transposed (exercises/README.md, the dimension table)."),
    dotSwapped: (formula: string, first: string, code: string) => `${formula}: put ${first} first, as in ${code}.`,
    dotTranspose: (formula: string, transpose: string, code: string) => `${formula}: transpose ${transpose}, as in ${code}.`,
    dotAsCourse: (formula: string, code: string) => `${formula}: write ${code}.`,
    broadcast: (call: string | undefined, operands: readonly string[], shapes: readonly (readonly number[])[]) =>
      `${call ? `\`${call}\` combines` : "An element-wise function combines"} ${operands.length > 0 ? listed(operands) : listed(shapes.map(shapeText))}: ` +
      "element-wise functions (np.add, np.subtract, np.multiply, np.divide) need every pair of dimensions, compared from the right, to be equal or 1. " +
      (shapes.some((s) => s.length === 1)
        ? "A 1-d array (n,) counts as a row: make columns 2-d, as in np.zeros([n, 1]) or np.sum(x, { axis: 1, keepdims: true })."
        : "Check the shapes of both against the dimension table in exercises/README.md."),
    costNotScalar: (shape: readonly number[] | undefined) =>
      `Your cost is ${shape ? shapeText(shape) : "an array of several numbers"} before .item(), which turns only a single number into a number. ` +
      "Sum over the m examples with a (1, m)·(m, 1) product, which is (1, 1): np.dot(Y, np.log(AL).T); np.dot(Y.T, np.log(AL)) is (m, 1)·(1, m) = (m, m).",
    notScalar: (shape: readonly number[] | undefined) =>
      `.item() turns only an array of one number into a number, and this one is ${shape ? shapeText(shape) : "larger"}: check the shapes of what you compute before it.`,
    notAnArray: (got: string) =>
      `A #np function was given ${got} where it needs a number or an array. ${got === "undefined" ? "Reading a key that does not exist (parameters[\"W3\"] in a 2-layer network) or an index past the end of a list gives undefined: check the range of your loops and the keys you build." : "Pass arrays made with #np."}`,
    beforeInitialization: (name: string) =>
      `${name} is used before the line that declares it runs. If ${name} is declared again inside a block (\`const [${name}, cache] = ...\` in a loop), that is a new variable that hides the outer one: assign the outer one instead, \`[${name}, cache] = ...\`, with \`let ${name}\` and \`let cache\` declared before the loop.`,
    /** The student's line, as the message shows it. */
    at: (file: string, line: number, text: string) => `${file}:${line}: ${text}`,
  },
  /** Calls of what `#np` (or an NDArray) does not have (grader/diagnose/thrown/missing-calls.ts). */
  missing: {
    npName: (name: string) => `${name} is not in #np`,
    hint: () => "Use the form above; every #np function shows its numpy twin and an example when you hover it in your editor.",
    methodName: (receiver: string, name: string) => `${receiver}.${name}() does not exist in TypeScript`,
    npFunction: (name: string, nearest: readonly string[], form: string | undefined) =>
      `#np has no function ${name}${nearest.length > 0 ? `; the nearest it has: ${listed(nearest)}` : ""}.${form ? ` Write ${form}.` : ""} #np's functions are listed in grader/np/README.md.`,
    method: (receiver: string, name: string, nearest: readonly string[], form: string | undefined) =>
      `${receiver} has no method .${name}(): numpy's arrays and Python's lists have methods that #np's NDArray (shape, T, reshape, copy, item, tolist) and JavaScript's arrays do not` +
      `${nearest.length > 0 ? `; the nearest: ${listed(nearest)}` : ""}.${form ? ` Write ${form}.` : ""}`,
  },
  /**
   * Python written in TypeScript (grader/diagnose/python): each habit's name, what it does in
   * TypeScript, and the TypeScript form that works, built from what the student wrote.
   */
  python: {
    keywordArgument: { name: "Python keyword arguments", explanation: (written: string, names: string) => `\`${written}\` has no keyword arguments in TypeScript: \`${names}\` ${names.includes(",") ? "are assignments" : "is an assignment"} to a global variable (or a ReferenceError), and only the value is passed, as a positional argument.`, hint: (form: string) => `Options go in an object: ${form}.` },
    tupleArgument: { name: "A Python tuple as an argument", explanation: (written: string) => `\`${written}\` is not a tuple in TypeScript: the parentheses hold a comma expression, which is only its last value.`, hint: (form: string) => `Write ${form}.` },
    shapeList: {
      name: "A shape given to randn as a list",
      explanation: (written: string) => `\`${written}\`: np.random.randn and rand take each dimension as its own argument (np.zeros takes the shape as one list; numpy's tuple habit mixes the two).`,
      hint: (form: string) => `Write ${form}.`,
    },
    tupleReturn: { name: "Returning a Python tuple", explanation: (written: string) => `\`${written}\` returns only the last value: in TypeScript a comma between values evaluates each and keeps the last.`, hint: (form: string) => `Return an array: ${form}.` },
    tupleUnpack: { name: "Python tuple unpacking", explanation: (written: string) => `\`${written}\` assigns only the last name: in TypeScript a comma between names is not unpacking.`, hint: (form: string) => `Destructure an array: ${form}.` },
    builtin: { name: "A Python built-in", explanation: (name: string) => `${name}(...) is a Python built-in; TypeScript has no function ${name} (ReferenceError: ${name} is not defined).`, hint: (form: string) => `Write ${form}.` },
    constant: { name: "Python's True, False or None", explanation: (name: string) => `${name} is Python's; TypeScript has no variable ${name} (ReferenceError).`, hint: (form: string) => `Write ${form}.` },
    listMethod: { name: "A Python list method", explanation: (written: string, method: string) => `\`${written}\`: JavaScript arrays have no .${method}() (TypeError: ... is not a function).`, hint: (form: string) => `Write ${form}.` },
    arrayMethod: { name: "A numpy array method", explanation: (written: string, method: string) => `\`${written}\`: numpy's arrays have .${method}(), #np's NDArray does not; #np has the function instead.`, hint: (form: string) => `Write ${form}.` },
    arrayOperator: {
      name: "An arithmetic operator on arrays",
      explanation: (written: string, operator: string) =>
        `\`${written}\` uses ${operator} on an NDArray: TypeScript has no operator overloading, so it gives NaN${operator === "+" ? " (or, between two arrays, a string: the arrays printed and joined)" : ""}, not an array.`,
      hint: (form: string) => `Use #np's functions: ${form}.`,
    },
    shapeCompare: { name: "Comparing shapes with ==", explanation: (written: string) => `\`${written}\` compares two different array objects, so it is never true (and a Python tuple (a, b) is only b).`, hint: (form: string) => `Compare the numbers: ${form}.` },
    floorDivision: { name: "Python's // division", explanation: (written: string) => `In \`${written}\`, // starts a comment in TypeScript: everything after it is ignored, so nothing is divided.`, hint: (form: string) => `Write ${form}.` },
    negativeIndex: { name: "A Python negative index", explanation: (written: string) => `\`${written}\`: JavaScript arrays have no negative indices; [-1] reads a property named "-1", which is undefined.`, hint: (form: string) => `Write ${form}.` },
    forIn: { name: "Python's for ... in", explanation: (written: string) => `\`${written}\`: for...in goes over an array's indices as strings ("0", "1", ...), not over its items.`, hint: (form: string) => `Write ${form}.` },
    blockScope: { name: "Python's scoping", explanation: (name: string) => `${name} is declared inside a block ({ ... } of a loop or an if) and used after it: in TypeScript let and const live only in their block, unlike Python's variables, which live in the whole function.`, hint: (name: string) => `Declare it before the block (\`let ${name};\`) and assign it inside (\`${name} = ...\`).` },
    redeclared: { name: "A variable declared again inside a loop", explanation: (name: string) => `${name} is declared again inside a block: in Python an assignment updates the variable; in TypeScript \`const\`/\`let\` makes a new one that hides the outer ${name}, so the outer one never changes and the inner one is read before it exists.`, hint: (name: string) => `Assign the outer variable, without const or let: \`[${name}, cache] = ...\` (declare \`let ${name}\` and \`let cache\` before the loop).` },
    syntax: { name: "Python syntax", explanation: (what: string) => `This line is Python, not TypeScript: ${what}.`, hint: (form: string) => `Write ${form}.` },
  },
  /** The initialisers' seed (grader/diagnose/seed.ts). */
  seed: {
    none: {
      name: "No seed",
      explanation: (seed: string) => `Your code never calls np.random.seed, so its draws continue from wherever the generator was: they cannot be the course's, which start from np.random.seed(${seed}).`,
      hint: (seed: string) => `Keep the given line np.random.seed(${seed}) at the top of the function, before any draw.`,
    },
    other: {
      name: "Seeded with another number",
      explanation: (found: string, seed: string) => `Your code seeds with np.random.seed(${found}); the course's expected weights are the draws of np.random.seed(${seed}).`,
      hint: (seed: string) => `Keep the given line np.random.seed(${seed}) as it is.`,
    },
  },
  /** Mistakes the generic detectors name where the catalogue has none (grader/diagnose/detectors/alternatives.ts). */
  generic: {
    oneMinus: { name: "1 minus the expected values", hint: "Check which of a probability and its complement each term takes: σ(Z) is A, 1 - A is the other class." },
    otherActivation: {
      name: (used: string) => `The ${used} result where the other activation is asked`,
      hint: (asked: string) => `Apply ${asked} when activation is "${asked}": pick the helper from the activation argument.`,
    },
    reordered: { name: "The right values in the wrong order", hint: "Return (or store) them in the order the course's signature gives." },
    derivativeAtZ: { name: "The sigmoid's derivative taken at Z", hint: "Use sigmoid_backward(dA, activation_cache): it computes s = σ(Z) first, then dA·s·(1 - s)." },
  },
  // (end of the messages of grader/diagnose)
} as const;

/** Messages of training, predicting and their data (grader/train). */
export const trainMessages = {
  dataDirMissing: () => "no such folder: give --data the folder that holds the course's train and test .h5 files.",
  dataFilesMissing: (pairs: readonly string[]) =>
    `the folder holds neither ${pairs.join(" nor ")}: put the course's two .h5 files there (keep their names), or leave out --data to train on the default data set.`,
  notHdf5: (detail: string) => `is not an HDF5 file jsfive can read (${detail}): use the course's .h5 file as downloaded.`,
  datasetMissing: (name: string, found: readonly string[]) =>
    `has no dataset "${name}" (it holds ${found.length ? found.map((k) => `"${k}"`).join(", ") : "nothing"}): the course's files hold train_set_x/train_set_y or test_set_x/test_set_y, and list_classes.`,
  datasetShape: (name: string, shape: readonly number[], expected: string) => `dataset "${name}" has shape (${shape.join(", ")}); expected ${expected}.`,
  datasetType: (name: string, expected: string) => `dataset "${name}" cannot be read as numbers; expected ${expected}.`,
  datasetValue: (name: string, index: number, value: string, expected: string) => `dataset "${name}" holds ${value} at position ${index}; expected ${expected}.`,
  imageSizesDiffer: (train: readonly number[], test: readonly number[]) =>
    `its images are ${test.join("×")}, the training images ${train.join("×")}: both files must hold images of one size.`,
  tooLarge: (numbers: number, max: number) => `the data set holds ${numbers} pixel values, more than the ${max} training accepts: use smaller or fewer images.`,
  imagesTooLarge: (image: readonly number[], maxInputs: number) =>
    `its images are ${image.join("×")}: the trained network would be too large to bring back from the sandbox; use images of at most ${maxInputs} values (64×64×3 = 12288 is the course's).`,
  notAttempted: (fn: string, file: string) =>
    `${fn} is not written yet: write it in ${file} (npm run grade -- --only ${fn} checks it), then train again.`,
  missingFile: (file: string) => `${file} is missing: training runs your model from that file.`,
  buildFailed: (problems: string) => `your code does not compile, so it cannot train: ${problems}`,
  threw: (fn: string, name: string, message: string, location: string | undefined) =>
    `${fn} threw ${name} while training: ${message}${location ? ` (at ${location})` : ""}. npm run grade shows which function is wrong.`,
  timeout: (fn: string, seconds: number) =>
    `${fn} did not finish within ${seconds} s, the time limit for training: try fewer --iterations, or look for a loop that never ends.`,
  crashed: (fn: string, reason: string) => `the process training your ${fn} ${reason}: npm run grade shows which function is wrong.`,
  badResult: (fn: string, problem: string) => `${fn} returned ${problem}; it must return [parameters, costs], parameters holding W1, b1, ... of the layer sizes it was given.`,
  notFinite: (fn: string, key: string) => `${fn} returned parameters with NaN or Infinity in ${key}: the training diverged (try a smaller --learning-rate) or a function computes a wrong value (npm run grade).`,
  noTrainingRun: (file: string) => `no training run to predict with (${file} is missing): run npm run train first.`,
  badTrainingRun: (file: string, detail: string) => `${file} is not a training run this grader wrote (${detail}): run npm run train again.`,
  imageMissing: (file: string) => `${file}: no such file: give the path of a PNG or JPEG picture.`,
  imageUnreadable: (file: string, detail: string) => `${file} cannot be read as a PNG or JPEG picture (${detail}): save it as .png or .jpg and try again.`,
  weakSandbox: (note: string) => `note: ${note}`,
  badForward: (got: string) => `L_model_forward returned ${got} where [AL, caches] with AL of shape (1, 1) was expected: npm run grade -- --only L_model_forward shows what is wrong.`,
  prediction: (predicted: number, model: string, className: string, probability: number) =>
    `y = ${predicted}, your ${model} model predicts a "${className}" picture (AL = ${probability.toPrecision(4)}).`,
} as const;
