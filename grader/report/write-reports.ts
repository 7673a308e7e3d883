/**
 * Writes report.html and report.md beside results.json, each atomically, and returns their paths.
 * The reports carry the hint files they link to (hints-view.ts), so they work wherever they are opened.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Results } from "../results/types";
import { writeAtomically } from "../results/write";
import { renderReports } from "./render";
import { loadHintFiles } from "./hints-view";

let hints: Record<string, string> | undefined;
/** Read once per process: bulk grading writes hundreds of reports. */
const hintFiles = () => (hints ??= loadHintFiles());

export function writeReports(outDir: string, results: Results): { html: string; markdown: string } {
  mkdirSync(outDir, { recursive: true });
  const rendered = renderReports(results, { hints: hintFiles() });
  const html = join(outDir, "report.html");
  const markdown = join(outDir, "report.md");
  writeAtomically(html, rendered.html);
  writeAtomically(markdown, rendered.markdown);
  return { html, markdown };
}
