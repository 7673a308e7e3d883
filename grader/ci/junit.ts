/**
 * JUnit XML for CI systems that read it (GitLab CI, Jenkins, Azure): one testcase per case, with a
 * unique classname + name, the diagnosis as the failure message. Cases graded with the student's
 * own dependencies are extra testcases; their failures are reported too, so CI shows where to look.
 */
import type { CaseResult, Results } from "../results/types";

/** XML 1.0 cannot hold most control characters at all, even escaped: drop them. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function failureMessage(c: CaseResult): string {
  const mistake = c.diagnosis?.mistake;
  return mistake ? `${mistake.name}: ${mistake.explanation} (${c.message})` : c.message;
}

function testcase(classname: string, name: string, c: CaseResult): string {
  const open = `    <testcase classname="${xml(classname)}" name="${xml(name)}" time="${(c.duration_ms / 1000).toFixed(3)}"`;
  const details = [c.location ? `at ${c.location}` : "", ...(c.diagnosis?.findings ?? []), c.output ? `output:\n${c.output}` : ""].filter(Boolean).join("\n");
  const body = details ? `>${xml(details)}` : ">";
  switch (c.status) {
    case "pass":
      return `${open}/>`;
    case "fail":
    case "not-attempted":
      return `${open}>\n      <failure message="${xml(failureMessage(c))}" type="${c.status}"${body}</failure>\n    </testcase>`;
    default:
      return `${open}>\n      <error message="${xml(failureMessage(c))}" type="${c.status}"${body}</error>\n    </testcase>`;
  }
}

export function toJUnit(results: Results, suiteName = results.grader.name): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const e of results.exercises) {
    const cases: [string, CaseResult][] = e.cases.map((c) => [c.name, c]);
    for (const c of e.with_own_dependencies?.cases ?? []) cases.push([`${c.name} (with your own dependencies)`, c]);
    const f = cases.filter(([, c]) => c.status === "fail" || c.status === "not-attempted").length;
    const err = cases.filter(([, c]) => c.status !== "pass" && c.status !== "fail" && c.status !== "not-attempted").length;
    tests += cases.length;
    failures += f;
    errors += err;
    const time = cases.reduce((s, [, c]) => s + c.duration_ms, 0) / 1000;
    suites.push(
      `  <testsuite name="${xml(e.name)}" tests="${cases.length}" failures="${f}" errors="${err}" time="${time.toFixed(3)}">\n` +
        cases.map(([name, c]) => testcase(`${suiteName}.${e.name}`, name, c)).join("\n") +
        `\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${xml(suiteName)}" tests="${tests}" failures="${failures}" errors="${errors}" time="${(results.duration_ms / 1000).toFixed(3)}">\n` +
    `${suites.join("\n")}\n</testsuites>\n`
  );
}
