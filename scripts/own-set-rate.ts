/**
 * The named rate on the team's own set of mistakes (grader/diagnose/own-set/): how many samples the
 * grader names as expected, split by how they fail (returned a wrong value, or threw) and by class.
 * Run: npx tsx scripts/own-set-rate.ts
 */
import { gradeOwnSet } from "../grader/diagnose/own-set";

const verdicts = await gradeOwnSet();
const line = (label: string, vs: typeof verdicts) => {
  const named = vs.filter((v) => v.namedAs === v.sample.named).length;
  console.log(`${label.padEnd(28)} ${named}/${vs.length} named${vs.length ? ` (${Math.round((100 * named) / vs.length)}%)` : ""}`);
};
line("all", verdicts);
line("returned a wrong value", verdicts.filter((v) => v.sample.outcome === "returned"));
line("threw", verdicts.filter((v) => v.sample.outcome === "thrown"));
line("did not compile", verdicts.filter((v) => v.sample.outcome === "does-not-compile"));
for (const c of ["mistake", "python-habit", "seed"] as const) line(`  class ${c}`, verdicts.filter((v) => v.sample.class === c));
for (const v of verdicts.filter((x) => x.namedAs !== x.sample.named)) {
  console.log(`not named: ${v.sample.sample} (${v.sample.function}): expected ${v.sample.named}, got ${v.namedAs ?? "nothing"} [${v.status}] ${v.message?.slice(0, 160)}`);
}
