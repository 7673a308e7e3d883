/**
 * Notices when student code changes what every later function relies on: the built-ins (Math.exp,
 * Array.prototype.map, Object.prototype, iterator prototypes, ...) and the `process` object. It is
 * no boundary (the child holds only this student's code): it keeps one function's patch of a
 * built-in from changing the student's other functions' results, by reporting it; the grader then
 * replaces the child before the next function. It runs after student code, so it reads only through
 * intrinsics captured when it loads, calls no method of an array or object it did not make itself,
 * and never assigns to an array index (a setter on Array.prototype would see it).
 */
import { append, create, is, sliceString, StringOf } from "./safe";

const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;
const ownKeys = Reflect.ownKeys;

interface Watched {
  name: string;
  target: object;
  /** Only function-valued and accessor properties (objects such as `process` have state that changes by itself). */
  functionsOnly: boolean;
  /** New properties are ordinary (global variables, lazily loaded Node globals), not tampering. */
  newKeysAllowed: boolean;
  /**
   * The state accepted so far: the prototype, and per watched key its value, get, set, writable and
   * configurable, in a dictionary without a prototype (no lookup can reach a patched one).
   */
  proto: unknown;
  accepted: Record<PropertyKey, unknown[]>;
  size: number;
}

let watched: Watched[] = [];

/** Whether `w`'s `key` is watched (Node swaps process.chdir and umask for wrappers itself, chdir on fetch). */
function watches(w: Watched, key: PropertyKey, d: PropertyDescriptor | undefined): d is PropertyDescriptor {
  if (!d || (w.functionsOnly && typeof d.value !== "function" && !d.get && !d.set)) return false;
  return w.target !== process || (key !== "chdir" && key !== "umask");
}

/** Takes `w`'s present state as accepted. */
function accept(w: Watched): void {
  const accepted = create(null) as Watched["accepted"];
  let size = 0;
  const keys = ownKeys(w.target);
  for (let i = 0; i < keys.length; i++) {
    const d = getOwnPropertyDescriptor(w.target, keys[i]);
    if (!watches(w, keys[i], d)) continue;
    accepted[keys[i]] = [d.value, d.get, d.set, d.writable, d.configurable];
    size++;
  }
  w.proto = getPrototypeOf(w.target);
  w.accepted = accepted;
  w.size = size;
}

function isObject(x: unknown): x is object {
  return (typeof x === "object" && x !== null) || typeof x === "function";
}

const WATCHED_GLOBALS = [
  "Object", "Function", "Array", "Number", "String", "Boolean", "Symbol", "BigInt", "Math", "JSON", "Reflect", "Atomics",
  "Error", "TypeError", "RangeError", "Map", "Set", "WeakMap", "Promise", "RegExp", "Date",
  "ArrayBuffer", "SharedArrayBuffer", "DataView", "Float64Array", "Float32Array", "Int32Array", "Uint8Array", "Uint32Array",
];

/**
 * Records the state every later check compares with. Called once by the harness after its own setup
 * (process.exit replaced, the np global defined), before any student code runs.
 */
export function takeBaseline(): void {
  const seen = new Set<object>();
  const list: Watched[] = [];
  const add = (name: string, target: unknown, options: Partial<Watched> = {}) => {
    if (!isObject(target) || seen.has(target)) return;
    seen.add(target);
    list.push({ name, target, functionsOnly: false, newKeysAllowed: false, proto: undefined, accepted: create(null), size: 0, ...options });
  };
  add("globalThis", globalThis, { newKeysAllowed: true });
  // The language's built-ins that numeric code and np go through, their prototype objects, and what
  // both inherit from. (Node's other globals, URL or Intl say, are no concern of a graded function;
  // a check costs by the object: 56 here, against 127 for every global.)
  for (const name of WATCHED_GLOBALS) {
    const d = getOwnPropertyDescriptor(globalThis, name);
    if (!d || !("value" in d) || !isObject(d.value)) continue;
    add(name, d.value);
    const prototype = typeof d.value === "function" ? getOwnPropertyDescriptor(d.value, "prototype")?.value : undefined;
    add(`${name}.prototype`, prototype);
    add(`Object.getPrototypeOf(${name})`, getPrototypeOf(d.value));
    if (isObject(prototype)) add(`Object.getPrototypeOf(${name}.prototype)`, getPrototypeOf(prototype));
  }
  // Intrinsics no global names, which spreading, for-of and async code go through.
  const arrayIterator = getPrototypeOf([][Symbol.iterator]());
  add("%ArrayIteratorPrototype%", arrayIterator);
  add("%IteratorPrototype%", getPrototypeOf(arrayIterator));
  add("%MapIteratorPrototype%", getPrototypeOf(new Map()[Symbol.iterator]()));
  add("%SetIteratorPrototype%", getPrototypeOf(new Set()[Symbol.iterator]()));
  add("%StringIteratorPrototype%", getPrototypeOf(""[Symbol.iterator]()));
  add("%RegExpStringIteratorPrototype%", getPrototypeOf("".matchAll(/x/g)));
  const generator = function* () {};
  add("%GeneratorFunction.prototype%", getPrototypeOf(generator));
  add("%GeneratorPrototype%", getPrototypeOf(generator.prototype));
  const asyncGenerator = async function* () {};
  add("%AsyncGeneratorFunction.prototype%", getPrototypeOf(asyncGenerator));
  add("%AsyncGeneratorPrototype%", getPrototypeOf(asyncGenerator.prototype));
  add("%AsyncIteratorPrototype%", getPrototypeOf(getPrototypeOf(asyncGenerator.prototype)));
  add("%AsyncFunction.prototype%", getPrototypeOf(async () => undefined));
  // `process`'s methods, and the prototypes it inherits them from.
  add("process", process, { functionsOnly: true });
  for (let p = getPrototypeOf(process); p && p !== Object.prototype; p = getPrototypeOf(p)) {
    const owner = getOwnPropertyDescriptor(p, "constructor")?.value as { name?: unknown } | undefined;
    add(`${typeof owner?.name === "string" && owner.name ? owner.name : "process"}.prototype`, p);
  }
  list.forEach(accept);
  watched = list;
}

const MAX_REPORTED = 20;

function report(changed: string[], w: Watched, key: PropertyKey): void {
  // Names are the student's (a key added to Object.prototype can be any string): keep them short.
  if (changed.length < MAX_REPORTED) append(changed, sliceString(`changed ${w.name}.${StringOf(key)}`, 0, 120));
}

/**
 * What changed since the last call (or since the baseline), e.g. "changed Math.exp", at most
 * MAX_REPORTED; each change is reported once. `takeBaseline` must have been called.
 */
export function changedBuiltins(): string[] {
  const changed: string[] = [];
  for (let i = 0; i < watched.length; i++) {
    const w = watched[i];
    let stale = getPrototypeOf(w.target) !== w.proto;
    if (stale) report(changed, w, "[[Prototype]]");
    const keys = ownKeys(w.target);
    let kept = 0;
    for (let k = 0; k < keys.length; k++) {
      const d = getOwnPropertyDescriptor(w.target, keys[k]);
      if (!watches(w, keys[k], d)) continue;
      const old = w.accepted[keys[k]];
      if (old) kept++;
      if (old && is(d.value, old[0]) && d.get === old[1] && d.set === old[2] && d.writable === old[3] && d.configurable === old[4]) continue;
      stale = true;
      // Allowed: an accessor of Node's that replaces itself with a data property when first read (globalThis.fetch, Buffer, ...).
      const materialized = old && old[1] !== undefined && d.get === undefined && d.set === undefined;
      if (old ? !(w.newKeysAllowed && materialized) : !w.newKeysAllowed) report(changed, w, keys[k]);
    }
    if (kept < w.size) {
      const oldKeys = ownKeys(w.accepted);
      for (let k = 0; k < oldKeys.length; k++) if (!watches(w, oldKeys[k], getOwnPropertyDescriptor(w.target, oldKeys[k]))) report(changed, w, oldKeys[k]);
    }
    if (stale || kept < w.size) accept(w);
  }
  return changed;
}
