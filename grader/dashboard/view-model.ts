/**
 * The class dashboard's view model, built from the journal's records alone: summary figures, the
 * score histogram, each function's pass rate, the most common diagnosed mistakes, the students whose
 * grading failed or timed out, and one row per student. Pure; every string in it is plain text that
 * the template escapes.
 */
import type { Exercise } from "../course/exercises";
import { platformNames, type Platform } from "../bulk/platforms";
import { unrunStatuses, type StudentRecord } from "../bulk/record";
import { histogram, type Histogram } from "./histogram";

export interface DashboardMeta {
  hiddenCases: boolean;
  graderVersion: string;
  generatedAt: string;
}

interface StudentRow {
  id: string;
  /** The student's name as the platform gives it ("" when it gives none). */
  name: string;
  late: boolean;
  /** The student's folder, URL-encoded for the href. */
  href: string;
  hasReport: boolean;
  score: string;
  scoreValue: number;
  status: string;
  points: { text: string; value: number }[];
  seed: string;
}

export interface DashboardView {
  meta: DashboardMeta;
  summary: { students: number; graded: number; failed: number; mean: string; median: string; maxScore: number };
  histogram: Histogram;
  functions: { name: string; passed: number; total: number; percent: number; barWidth: number; meanPoints: string }[];
  mistakes: { function: string; name: string; count: number; percent: number }[];
  problems: { id: string; href: string; hasReport: boolean; kind: string; detail: string }[];
  /** The layouts the submissions came in (bulk/platforms.ts), with how many students each. */
  platforms: { name: string; count: number }[];
  /** With --roster: who is enrolled without a submission, and which submissions nobody enrolled. */
  roster: { file: string; missing: { id: string; name: string }[]; notOnRoster: { id: string; href: string }[] } | null;
  /** Function names cut after each underscore, so the table's headers can wrap there. */
  functionHeaders: { name: string; parts: string[] }[];
  students: StudentRow[];
}

const fixed = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function mistakesOf(graded: StudentRecord[]): DashboardView["mistakes"] {
  const counts = new Map<string, { function: string; name: string; count: number }>();
  for (const r of graded) {
    // A journal written before records kept only failing functions' mistakes may list others.
    for (const m of r.mistakes.filter((x) => r.functions[x.function] !== "pass")) {
      const key = `${m.function}\0${m.id}`;
      const entry = counts.get(key) ?? { function: m.function, name: m.name, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.function.localeCompare(b.function) || a.name.localeCompare(b.name))
    .slice(0, 12)
    .map((m) => ({ ...m, percent: Math.round((100 * m.count) / Math.max(1, graded.length)) }));
}

/** What the dashboard calls each status that is not a plain grading. */
const statusKinds: Partial<Record<StudentRecord["status"], string>> = {
  failed: "could not be graded",
  error: "no code could run",
  empty: "empty submission",
  "no-typescript": "no TypeScript",
  "no-exercise-files": "no exercise files",
  "unchanged-stubs": "unchanged stubs",
};

const hasReport = (r: StudentRecord) => !unrunStatuses.includes(r.status);

function problemsOf(records: StudentRecord[]): DashboardView["problems"] {
  const problems: DashboardView["problems"] = [];
  for (const r of records) {
    const row = { id: r.id, href: encodeURIComponent(r.id), hasReport: hasReport(r) };
    const kind = statusKinds[r.status];
    if (kind) problems.push({ ...row, kind, detail: r.status === "error" ? "every function failed to compile or load" : (r.problem ?? "") });
    if (r.timeouts.length > 0) problems.push({ ...row, kind: "timed out", detail: r.timeouts.join(", ") });
    if (r.renamed?.length) problems.push({ ...row, kind: "file names nearly right", detail: r.renamed.map((x) => `graded ${x.from} as ${x.to}`).join("; ") });
    if (r.late) problems.push({ ...row, kind: "late", detail: `the platform (${r.platform ?? "?"}) marked the submission late` });
    if (r.notes?.length) problems.push({ ...row, kind: "how it was read", detail: r.notes.join("; ") });
  }
  return problems;
}

export interface RosterSummary {
  file: string;
  missing: readonly { id: string; name: string }[];
  notOnRoster: readonly string[];
}

export function buildDashboardView(records: readonly StudentRecord[], exercises: readonly Exercise[], meta: DashboardMeta, roster?: RosterSummary): DashboardView {
  const graded = records.filter((r) => r.status !== "failed");
  const scores = graded.map((r) => r.score).sort((a, b) => a - b);
  const maxScore = exercises.reduce((s, e) => s + e.points, 0);
  const functions = exercises.map((e) => {
    const passed = graded.filter((r) => r.functions[e.name] === "pass").length;
    const percent = graded.length ? Math.round((100 * passed) / graded.length) : 0;
    const meanPoints = graded.length ? graded.reduce((s, r) => s + (r.points[e.name] ?? 0), 0) / graded.length : 0;
    return { name: e.name, passed, total: graded.length, percent, barWidth: percent * 2, meanPoints: fixed(Math.round(meanPoints * 100) / 100) };
  });
  return {
    meta,
    summary: {
      students: records.length,
      graded: graded.length,
      failed: records.length - graded.length,
      mean: fixed(scores.length ? Math.round((100 * scores.reduce((s, x) => s + x, 0)) / scores.length) / 100 : 0),
      median: fixed(median(scores)),
      maxScore,
    },
    histogram: histogram(scores, maxScore),
    functions,
    mistakes: mistakesOf(graded),
    problems: problemsOf([...records]),
    platforms: (Object.keys(platformNames) as Platform[])
      .map((p) => ({ name: platformNames[p], count: records.filter((r) => r.platform === p).length }))
      .filter((p) => p.count > 0),
    roster: roster ? { file: roster.file, missing: roster.missing.map((m) => ({ id: m.id, name: m.name })), notOnRoster: roster.notOnRoster.map((id) => ({ id, href: encodeURIComponent(id) })) } : null,
    functionHeaders: exercises.map((e) => ({ name: e.name, parts: e.name.split(/(?<=_)/) })),
    students: records.map((r) => ({
      id: r.id,
      name: r.display_name ?? "",
      late: r.late === true,
      href: encodeURIComponent(r.id),
      hasReport: hasReport(r),
      score: r.status === "failed" ? "—" : fixed(r.score),
      scoreValue: r.status === "failed" ? -1 : r.score,
      status: r.status,
      points: exercises.map((e) => ({ text: hasReport(r) ? fixed(r.points[e.name] ?? 0) : "—", value: r.points[e.name] ?? -1 })),
      seed: r.hidden_seed === undefined ? "" : String(r.hidden_seed),
    })),
  };
}
