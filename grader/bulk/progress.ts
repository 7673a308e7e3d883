/**
 * What a teacher watches while a class is graded: one progress line on stderr, redrawn in place
 * (done/total, rate, time left), only when stderr is a terminal; and the closing summary.
 */
import { recordNotes } from "./gradebook";
import { platformNames, type Platform } from "./platforms";
import type { BulkProgress, BulkSummary } from "./run-bulk";

/** The layouts recognised in the class folder, for the teacher to check at a glance: one line. */
export function recognisedLine(platforms: Partial<Record<Platform, number>>): string {
  const seen = (Object.keys(platformNames) as Platform[])
    .filter((p) => platforms[p])
    .map((p) => `${platformNames[p]} (${platforms[p]} student${platforms[p] === 1 ? "" : "s"})`);
  return seen.length > 0 ? `recognised: ${seen.join(", ")}` : "recognised: no submission in this folder";
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

function rate(p: BulkProgress): number {
  return p.elapsedMs > 0 ? (p.graded * 1000) / p.elapsedMs : 0;
}

export function progressLine(p: BulkProgress): string {
  const r = rate(p);
  const left = r > 0 ? ` · about ${duration(((p.total - p.done) / r) * 1000)} left` : "";
  return `grading ${p.done}/${p.total} · ${r.toFixed(1)} submissions/s${left}`;
}

/** A progress callback for runBulk that draws on `stream` when it is a terminal, at most every 100 ms. */
export function terminalProgress(stream: NodeJS.WriteStream): { update(p: BulkProgress): void; clear(): void } {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      stream.write(`\r\x1b[K${progressLine(p)}`);
    },
    clear: () => stream.write("\r\x1b[K"),
  };
}

export function formatBulkSummary(s: BulkSummary, outDir: string): string {
  const lines = [
    `graded ${s.graded}, already graded ${s.skipped}, failed to grade ${s.failed.length}, of ${s.total} submissions in ${duration(s.elapsedMs)} (${rate(s).toFixed(1)} submissions/s)`,
  ];
  if (!s.hiddenCases) lines.push("no course secret (--secret or GRADER_SECRET): graded without hidden cases");
  for (const f of s.failed) lines.push(`  could not grade ${JSON.stringify(f.id)}: ${f.problem}`);
  for (const i of s.ignored) lines.push(`  not a submission: ${JSON.stringify(i.name)} (${i.why})`);
  for (const r of s.odd) lines.push(`  ${r.status}${r.late ? ", late" : ""}: ${JSON.stringify(r.id)}${r.display_name ? ` (${r.display_name})` : ""}${recordNotes(r) ? `: ${recordNotes(r)}` : ""}`);
  if (s.roster) {
    lines.push(`roster: ${s.roster.missing.length} enrolled without a submission, ${s.roster.notOnRoster.length} submissions not on it`);
    for (const id of s.roster.missing) lines.push(`  missing: ${JSON.stringify(id)}`);
    for (const id of s.roster.notOnRoster) lines.push(`  not on the roster: ${JSON.stringify(id)}`);
  }
  lines.push(`gradebook: ${outDir}/gradebook.csv`, `dashboard: ${outDir}/index.html`, `imports: ${outDir}/canvas-import.csv, ${outDir}/moodle-import.csv${s.roster ? `, ${outDir}/roster-import.csv` : ""}`);
  return lines.join("\n");
}
