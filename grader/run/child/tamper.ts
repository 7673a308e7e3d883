/**
 * Notices when student code changes the built-ins every later function relies on (Math.exp,
 * Array.prototype.map, Object.prototype, ...). The child is not trusted to undo it: the harness
 * reports the change and the parent replaces the child before the next function is graded.
 */
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;
const ownKeys = Reflect.ownKeys;
const StringOf = String;
const is = Object.is;

const watched: [string, object][] = [
  ["Math", Math],
  ["JSON", JSON],
  ["Reflect", Reflect],
  ["Object", Object],
  ["Object.prototype", Object.prototype],
  ["Array", Array],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["Number", Number],
  ["Number.prototype", Number.prototype],
  ["String.prototype", String.prototype],
  ["Float64Array", Float64Array],
  ["Float64Array.prototype", Float64Array.prototype],
  ["TypedArray.prototype", getPrototypeOf(Float64Array.prototype) as object],
  ["Error.prototype", Error.prototype],
  ["Promise.prototype", Promise.prototype],
  ["globalThis", globalThis],
];

type Snapshot = Map<PropertyKey, unknown[]>;

function describe(target: object): Snapshot {
  const snapshot: Snapshot = new Map();
  snapshot.set("[[Prototype]]", [getPrototypeOf(target)]);
  for (const key of ownKeys(target)) {
    const d = getOwnPropertyDescriptor(target, key)!;
    snapshot.set(key, [d.value, d.get, d.set, d.writable, d.configurable]);
  }
  return snapshot;
}

const baseline = watched.map(([, target]) => describe(target));

/** Names of the built-ins that differ from when the harness started, e.g. "Math.exp". */
export function changedBuiltins(): string[] {
  const changed: string[] = [];
  watched.forEach(([name, target], i) => {
    const now = describe(target);
    const before = baseline[i];
    for (const [key, parts] of now) {
      const old = before.get(key);
      // New globals are harmless (student module state); changed or removed built-ins are not.
      if (!old) {
        if (target !== globalThis) changed.push(`${name}.${StringOf(key)}`);
      } else if (parts.some((p, j) => !is(p, old[j]))) changed.push(`${name}.${StringOf(key)}`);
    }
    for (const key of before.keys()) if (!now.has(key)) changed.push(`${name}.${StringOf(key)}`);
  });
  return changed.slice(0, 20);
}
