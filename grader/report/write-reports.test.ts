import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../paths";
import { writeResults } from "../results/write";
import { showcaseResults } from "./showcase-results";
import { writeReports } from "./write-reports";
import { gradeSubmission } from "../grade/grade-submission";

describe("writeReports", () => {
  it("writes report.html and report.md beside results.json and leaves nothing else behind", () => {
    const out = mkdtempSync(join(tmpdir(), "reports-"));
    const results = showcaseResults();
    writeResults(out, results);
    const written = writeReports(out, results);
    expect(written).toEqual({ html: join(out, "report.html"), markdown: join(out, "report.md") });
    expect(readdirSync(out).sort()).toEqual(["report.html", "report.md", "results.json"]);
    expect(readFileSync(written.html, "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(written.markdown, "utf8")).toMatch(/^# Grading report: 20\/110/);
  });

  it("links to hints that work wherever the report is opened: copied, or from a dashboard's folder", async () => {
    // A real mistake: linear_forward written A^T·W^T, which the catalogue names with a hint.
    const results = await gradeSubmission({ submissionDir: join(paths.projectRoot, "grader", "samples", "transposed-product"), only: ["linear_forward"] });
    const out = mkdtempSync(join(tmpdir(), "reports-"));
    const written = writeReports(join(out, ".grade"), results);
    const elsewhere = join(out, "mailed", "students", "ada");
    mkdirSync(elsewhere, { recursive: true });
    copyFileSync(written.html, join(elsewhere, "report.html"));
    const html = readFileSync(join(elsewhere, "report.html"), "utf8");
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.some((h) => h.startsWith("#hints-linear_forward-hint-2"))).toBe(true);
    for (const href of hrefs) {
      // Only links inside the page, each to an element the page has.
      expect(href, href).toMatch(/^#/);
      expect(html, href).toContain(`id="${href.slice(1)}"`);
    }
    expect(html).toContain("<code>np.dot(W, A)</code> is (n[l], n[l-1])·(n[l-1], m) &#x3D; (n[l], m)");
    const markdown = readFileSync(written.markdown, "utf8");
    expect(markdown).not.toMatch(/\]\(\.\.?\//);
    expect(markdown).toContain("> **Hint 2: the order of the product and the bias**");
  });
});
