import { makeFloatFormatter } from "./floatformat";
import { pyFloatRepr } from "./floatstr";
import { tupleRepr } from "./shapetext";
import { sizeOf, stridesOf } from "./strides";

/**
 * numpy's array printing (arrayprint.py, numpy 2.x defaults): `repr` as `array([...])` with
 * line wrapping at 75 columns, summaries with "..." above 1000 elements, and the `shape=` /
 * `dtype=` suffixes numpy 2.2+ appends. Only float64 exists here, so dtype is never printed for
 * non-empty arrays, exactly as numpy omits it for its default float type.
 */

/** The structural part of an NDArray; format.ts stays free of a runtime import of the class. */
export interface ArrayView {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

/** numpy's print options, same names and defaults as `np.get_printoptions()`. */
export interface PrintOptions {
  precision?: number;
  threshold?: number;
  edgeitems?: number;
  linewidth?: number;
  suppress?: boolean;
}

export interface FormatOptions extends PrintOptions {
  /** "repr" (default) gives `array([1., 2.])`, "str" gives numpy's `print` form `[1. 2.]`. */
  style?: "repr" | "str";
}

type Resolved = Required<PrintOptions>;

const DEFAULTS: Resolved = { precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, suppress: false };

function resolve(o: PrintOptions): Resolved {
  const r = { ...DEFAULTS };
  for (const k of Object.keys(DEFAULTS) as (keyof Resolved)[]) {
    if (o[k] !== undefined) (r as Record<string, unknown>)[k] = o[k];
  }
  return r;
}

/**
 * An array as text, as numpy prints it, with numpy's print options (precision, threshold, ...).
 *
 * Prints `a` like numpy; the report code uses this for large arrays, so summaries stay short.
 *
 * numpy: `np.array2string(a, ...)`.
 * @example
 * np.formatArray(Z, { precision: 4 })
 */
export function formatArray(a: ArrayView, options: FormatOptions = {}): string {
  return options.style === "str" ? array_str(a, options) : array_repr(a, options);
}

/**
 * An array as numpy's repr shows it: `array([[...]])`.
 *
 * numpy: `repr(a) / np.array_repr(a)`.
 * @example
 * console.log(np.array_repr(Z)) // array([[ 3.26295337, -1.23429987]])
 */
export function array_repr(a: ArrayView, options: PrintOptions = {}): string {
  const o = resolve(options);
  const size = sizeOf(a.shape);
  const prefix = "array(";
  const body = size === 0 ? "[]" : array2string(a, { ...o, separator: ", ", prefix, suffix: ")" });
  const extras: string[] = [];
  const isEmpty1d = a.shape.length === 1 && a.shape[0] === 0;
  if ((size === 0 && !isEmpty1d) || size > o.threshold) extras.push(`shape=${tupleRepr(a.shape)}`);
  if (size === 0) extras.push("dtype=float64");
  if (extras.length === 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const tail = `${extras.join(", ")})`;
  const lastLineLength = head.length - (head.lastIndexOf("\n") + 1);
  const spacer = lastLineLength + tail.length + 1 > o.linewidth ? "\n" + " ".repeat(prefix.length) : " ";
  return head + spacer + tail;
}

/**
 * An array as Python's print shows it: `[[...]]`.
 *
 * numpy: `str(a) / np.array_str(a)`.
 * @example
 * console.log(np.array_str(Z)) // [[ 3.26295337 -1.23429987]]
 */
export function array_str(a: ArrayView, options: PrintOptions = {}): string {
  if (a.shape.length === 0) return pyFloatRepr(a.data[0]);
  if (sizeOf(a.shape) === 0) return "[]";
  return array2string(a, { ...resolve(options), separator: " ", prefix: "", suffix: "" });
}

interface LayoutOptions extends Resolved {
  separator: string;
  prefix: string;
  suffix: string;
}

function array2string(a: ArrayView, o: LayoutOptions): string {
  const summarize = sizeOf(a.shape) > o.threshold;
  const values = summarize ? cornerValues(a, o.edgeitems) : a.data;
  const fmt = makeFloatFormatter(values, { precision: o.precision, suppressSmall: o.suppress });
  const layout = new Layout(a, fmt, o.separator, summarize ? o.edgeitems : -1);
  return layout.render(" " + " ".repeat(o.prefix.length), o.linewidth - o.suffix.length);
}

/** The values numpy keeps when summarising (`_leading_trailing`); they decide the widths. */
function cornerValues(a: ArrayView, edge: number): number[] {
  const out: number[] = [];
  const strides = stridesOf(a.shape);
  const walk = (axis: number, offset: number): void => {
    if (axis === a.shape.length) {
      out.push(a.data[offset]);
      return;
    }
    for (const i of shownIndices(a.shape[axis], edge)) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
  return out;
}

function shownIndices(n: number, edge: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  return edge >= 0 && n > 2 * edge ? [...all.slice(0, edge), ...all.slice(n - edge)] : all;
}

/** numpy's `_formatArray` recursion, kept in its shape so that wrapping matches line for line. */
class Layout {
  private readonly strides: number[];

  constructor(
    private readonly a: ArrayView,
    private readonly fmt: (x: number) => string,
    private readonly separator: string,
    private readonly edge: number,
  ) {
    this.strides = stridesOf(a.shape);
  }

  render(hangingIndent: string, width: number): string {
    return this.recurse(0, 0, hangingIndent, width);
  }

  private recurse(axis: number, offset: number, hanging: string, width: number): string {
    const axesLeft = this.a.shape.length - axis;
    if (axesLeft === 0) return this.fmt(this.a.data[offset]);
    const n = this.a.shape[axis];
    const summary = this.edge >= 0 && 2 * this.edge < n;
    const leading = summary ? this.edge : 0;
    const trailing = summary ? this.edge : n;
    const item = (i: number) => this.recurse(axis + 1, offset + i * this.strides[axis], hanging + " ", width - 1);
    const sepTrim = this.separator.trimEnd();
    let s = "";
    if (axesLeft === 1) {
      const elemWidth = width - Math.max(sepTrim.length, 1);
      let line = hanging;
      const put = (word: string) => {
        [s, line] = extendLine(s, line, word, elemWidth, hanging);
      };
      for (let i = 0; i < leading; i++) {
        put(item(i));
        line += this.separator;
      }
      if (summary) {
        put("...");
        line += this.separator;
      }
      for (let i = trailing; i > 1; i--) {
        put(item(n - i));
        line += this.separator;
      }
      put(item(n - 1));
      s += line;
    } else {
      const lineSep = sepTrim + "\n".repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hanging + item(i) + lineSep;
      if (summary) s += hanging + "..." + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + item(n - i) + lineSep;
      s += hanging + item(n - 1);
    }
    return "[" + s.slice(hanging.length) + "]";
  }
}

function extendLine(s: string, line: string, word: string, width: number, nextPrefix: string): [string, string] {
  // numpy does not wrap when the line holds only the indent: wrapping would not help
  const wrap = line.length + word.length > width && line.length > nextPrefix.length;
  if (wrap) return [s + line.trimEnd() + "\n", nextPrefix + word];
  return [s, line + word];
}
