/** The class-wide files of a bulk output, rebuilt from the records: OUT/gradebook.csv and OUT/index.html. */
import { join } from "node:path";
import type { Exercise } from "../course/exercises";
import { buildDashboardView } from "../dashboard/view-model";
import { renderDashboard } from "../dashboard/render";
import { graderInfo } from "../paths";
import { writeAtomically } from "../results/write";
import { gradebookCsv } from "./gradebook";
import type { StudentRecord } from "./record";

export function writeClassFiles(outDir: string, records: readonly StudentRecord[], exercises: readonly Exercise[]): void {
  writeAtomically(join(outDir, "gradebook.csv"), gradebookCsv(records, exercises.map((e) => e.name)));
  const hiddenCases = records.some((r) => r.hidden_seed !== undefined);
  const view = buildDashboardView(records, exercises, { hiddenCases, graderVersion: graderInfo.version, generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC" });
  writeAtomically(join(outDir, "index.html"), renderDashboard(view));
}
