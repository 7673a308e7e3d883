/**
 * The class-wide files of a bulk output, rebuilt from the records: OUT/gradebook.csv, OUT/index.html,
 * and the platforms' import files (platform-exports.ts): canvas-import.csv, moodle-import.csv and,
 * with a roster, roster-import.csv (the roster written back with this assignment's column filled).
 */
import { basename, join } from "node:path";
import type { Exercise } from "../course/exercises";
import { buildDashboardView } from "../dashboard/view-model";
import { renderDashboard } from "../dashboard/render";
import { graderInfo } from "../paths";
import { writeAtomically } from "../results/write";
import { gradebookCsv } from "./gradebook";
import { canvasImport, filledRoster, moodleImport } from "./platform-exports";
import type { StudentRecord } from "./record";
import { matchRoster, type Roster, type RosterMatch } from "./roster";

/** The assignment's column in the platforms' files when the teacher names none (--assignment). */
export const DEFAULT_ASSIGNMENT = "Week 4: Deep Neural Network";

export interface ClassFileOptions {
  roster?: Roster;
  /** The assignment's name on the platform (its column in the import files). */
  assignment?: string;
  /** A UTF-8 byte order mark at the start of gradebook.csv (default true, for Excel). */
  bom?: boolean;
}

export function writeClassFiles(outDir: string, records: readonly StudentRecord[], exercises: readonly Exercise[], options: ClassFileOptions = {}): RosterMatch | undefined {
  const maxScore = exercises.reduce((s, e) => s + e.points, 0);
  const assignment = options.assignment ?? DEFAULT_ASSIGNMENT;
  const { roster } = options;
  // The platform's display name, where the intake read one (bulk-intake's StudentRecord.display_name).
  const submitted = records.map((r) => ({ id: r.id, name: (r as { display_name?: string }).display_name }));
  const match = roster ? matchRoster(roster, submitted) : undefined;
  const rosterColumns = match ? { missing: match.missing, notOnRoster: new Set(match.notOnRoster) } : undefined;
  writeAtomically(join(outDir, "gradebook.csv"), gradebookCsv(records, exercises.map((e) => e.name), { bom: options.bom, maxScore, roster: rosterColumns }));
  writeAtomically(join(outDir, "canvas-import.csv"), canvasImport(records, assignment, maxScore, roster, match));
  writeAtomically(join(outDir, "moodle-import.csv"), moodleImport(records, assignment, roster, match));
  if (roster && match) writeAtomically(join(outDir, "roster-import.csv"), filledRoster(roster, match, records, assignment, maxScore));
  const hiddenCases = records.some((r) => r.hidden_seed !== undefined);
  const rosterSummary = roster && match ? { file: basename(roster.file), missing: match.missing, notOnRoster: match.notOnRoster } : undefined;
  const view = buildDashboardView(records, exercises, { hiddenCases, graderVersion: graderInfo.version, generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC" }, rosterSummary);
  writeAtomically(join(outDir, "index.html"), renderDashboard(view));
  return match;
}
