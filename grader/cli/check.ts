/** `npm run check`: the course checks itself; exit code 1 when anything is wrong, 2 on a grader fault. */
import pc from "picocolors";
import { checkCourse } from "../selfcheck/course-checks";
import { runCli } from "./cli";

runCli(async () => {
  const reports = await checkCourse();
  for (const report of reports) {
    console.log(`${report.problems.length === 0 ? pc.green("✓") : pc.red("✗")} ${report.name}`);
    for (const p of report.problems) console.log(`    ${pc.bold(p.file)}: ${p.problem}\n      ${pc.dim(`→ ${p.fix}`)}`);
  }
  const count = reports.reduce((n, r) => n + r.problems.length, 0);
  console.log(count === 0 ? pc.green("\nThe course is sound.") : pc.red(`\n${count} problem${count > 1 ? "s" : ""} to fix.`));
  return count === 0 ? 0 : 1;
});
