/**
 * Notices when student code changes what every later function relies on: the built-ins (Math.exp,
 * Array.prototype.map, Object.prototype, iterator prototypes, ...) and the `process` object. It is
 * no boundary (the child holds only this student's code): it keeps one function's patch of a
 * built-in from changing the student's other functions' results. The child is not trusted to undo
 * it: the harness reports the change and the parent replaces the child before the next function.
 * (Timers and promise callbacks never run in the child: its harness never yields to the event loop.)
 *
 * This module runs after student code, so it reads only through intrinsics captured when it loads,
 * calls no method of an array or object it did not make itself, and never assigns to an array index
 * (a setter on Array.prototype would see it).
 */
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;
const defineProperty = Object.defineProperty;
const create = Object.create;
const ownKeys = Reflect.ownKeys;
const StringOf = String;
const is = Object.is;

/** `list.push(item)` for arrays whose prototype student code may have changed. */
export function append<T>(list: T[], item: T): void {
  defineProperty(list, list.length, { value: item, writable: true, enumerable: true, configurable: true });
}

interface Watched {
  name: string;
  target: object;
  /** Only function-valued and accessor properties (objects such as `process` have state that changes by itself). */
  functionsOnly: boolean;
  /** New properties are ordinary (global variables, lazily loaded Node globals), not tampering. */
  newKeysAllowed: boolean;
}

/** Descriptor parts per key, in a prototype-less dictionary (no lookup can reach a patched prototype). */
type Snapshot = Record<PropertyKey, unknown[]>;

/** process methods Node itself swaps for wrappers on first use of some feature (chdir, on fetch). */
const selfReplacedByNode = new Set<PropertyKey>(["chdir", "umask"]);

let watched: Watched[] = [];
let accepted: Snapshot[] = [];

/**
 * The accepted state again, as flat arrays: each watched object's prototype, own keys in order and
 * their descriptors. Checking against it allocates almost nothing, so the usual answer ("nothing
 * changed", after every request) is cheap; only a difference takes the detailed path (changedBuiltins).
 */
interface Quick {
  proto: unknown;
  keys: PropertyKey[];
  /** Five entries per key: value, get, set, writable, configurable. */
  parts: unknown[];
}

let quick: Quick[] = [];

function quickOf(w: Watched): Quick {
  const keys = ownKeys(w.target);
  const parts: unknown[] = [];
  for (let k = 0; k < keys.length; k++) {
    const d = getOwnPropertyDescriptor(w.target, keys[k]);
    append(parts, d?.value);
    append(parts, d?.get);
    append(parts, d?.set);
    append(parts, d?.writable);
    append(parts, d?.configurable);
  }
  return { proto: getPrototypeOf(w.target), keys, parts };
}

function quickUnchanged(w: Watched, q: Quick): boolean {
  if (getPrototypeOf(w.target) !== q.proto) return false;
  const keys = ownKeys(w.target);
  if (keys.length !== q.keys.length) return false;
  for (let k = 0; k < keys.length; k++) {
    if (keys[k] !== q.keys[k]) return false;
    const d = getOwnPropertyDescriptor(w.target, keys[k]);
    const j = k * 5;
    if (!d || !is(d.value, q.parts[j]) || d.get !== q.parts[j + 1] || d.set !== q.parts[j + 2] || d.writable !== q.parts[j + 3] || d.configurable !== q.parts[j + 4]) {
      return false;
    }
  }
  return true;
}

function isObject(x: unknown): x is object {
  return (typeof x === "object" && x !== null) || typeof x === "function";
}

function describe(w: Watched): Snapshot {
  const snapshot = create(null) as Snapshot;
  snapshot["[[Prototype]]"] = [getPrototypeOf(w.target)];
  const keys = ownKeys(w.target);
  for (let i = 0; i < keys.length; i++) {
    const d = getOwnPropertyDescriptor(w.target, keys[i]);
    if (!d) continue;
    if (w.functionsOnly && typeof d.value !== "function" && !d.get && !d.set) continue;
    if (w.target === process && selfReplacedByNode.has(keys[i])) continue;
    snapshot[keys[i]] = [d.value, d.get, d.set, d.writable, d.configurable];
  }
  return snapshot;
}

function differs(a: unknown[], b: unknown[]): boolean {
  for (let j = 0; j < 5; j++) if (!is(a[j], b[j])) return true;
  return false;
}

const WATCHED_GLOBALS = [
  "Object", "Function", "Array", "Number", "String", "Boolean", "Symbol", "BigInt", "Math", "JSON", "Reflect", "Atomics",
  "Error", "TypeError", "RangeError", "Map", "Set", "WeakMap", "Promise", "RegExp", "Date",
  "ArrayBuffer", "SharedArrayBuffer", "DataView", "Float64Array", "Float32Array", "Int32Array", "Uint8Array", "Uint32Array",
];

/** An accessor of Node's that replaces itself with a data property when first read (globalThis.fetch, Buffer, ...). */
function materializedLazily(before: unknown[], now: unknown[]): boolean {
  return before[1] !== undefined && now[1] === undefined && now[2] === undefined;
}

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
    list.push({ name, target, functionsOnly: false, newKeysAllowed: false, ...options });
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
  watched = list;
  accepted = list.map(describe);
  quick = list.map(quickOf);
}

/**
 * Names of what changed since the last call (or since the baseline), e.g. "Math.exp"; each change
 * is reported once. `takeBaseline` must have been called.
 */
export function changedBuiltins(): string[] {
  const changed: string[] = [];
  for (let i = 0; i < watched.length; i++) {
    const w = watched[i];
    if (quickUnchanged(w, quick[i])) continue;
    const before = accepted[i];
    const now = describe(w);
    const nowKeys = ownKeys(now);
    for (let k = 0; k < nowKeys.length; k++) {
      const key = nowKeys[k];
      const old = before[key];
      if (!old) {
        if (!w.newKeysAllowed) append(changed, `${w.name}.${StringOf(key)}`);
      } else if (differs(now[key], old) && !(w.newKeysAllowed && materializedLazily(old, now[key]))) {
        append(changed, `${w.name}.${StringOf(key)}`);
      }
    }
    const oldKeys = ownKeys(before);
    for (let k = 0; k < oldKeys.length; k++) if (!now[oldKeys[k]]) append(changed, `${w.name}.${StringOf(oldKeys[k])}`);
    defineProperty(accepted, i, { value: now, writable: true, enumerable: true, configurable: true });
    defineProperty(quick, i, { value: quickOf(w), writable: true, enumerable: true, configurable: true });
  }
  return changed;
}
