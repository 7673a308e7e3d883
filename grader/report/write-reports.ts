/**
 * Writes report.html and report.md beside results.json, each atomically, and returns their paths.
 * Links to hint files are relative to the output folder, so the report works wherever it is opened.
 */
import { mkdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { paths } from "../paths";
import type { Results } from "../results/types";
import { writeAtomically } from "../results/write";
import { renderReports } from "./render";

export function hintsHrefFrom(outDir: string): string {
  const rel = relative(outDir, join(paths.exercises, "hints")).split(sep).join("/");
  return `${rel}/`;
}

export function writeReports(outDir: string, results: Results): { html: string; markdown: string } {
  mkdirSync(outDir, { recursive: true });
  const rendered = renderReports(results, { hintsHref: hintsHrefFrom(outDir) });
  const html = join(outDir, "report.html");
  const markdown = join(outDir, "report.md");
  writeAtomically(html, rendered.html);
  writeAtomically(markdown, rendered.markdown);
  return { html, markdown };
}
