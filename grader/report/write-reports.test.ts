import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../paths";
import { writeResults } from "../results/write";
import { showcaseResults } from "./showcase-results";
import { hintsHrefFrom, writeReports } from "./write-reports";

describe("writeReports", () => {
  it("writes report.html and report.md beside results.json and leaves nothing else behind", () => {
    const out = mkdtempSync(join(tmpdir(), "reports-"));
    const results = showcaseResults();
    writeResults(out, results);
    const written = writeReports(out, results);
    expect(written).toEqual({ html: join(out, "report.html"), markdown: join(out, "report.md") });
    expect(readdirSync(out).sort()).toEqual(["report.html", "report.md", "results.json"]);
    expect(readFileSync(written.html, "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(written.markdown, "utf8")).toMatch(/^# Grading report: 20\/100/);
  });

  it("links hint files relative to wherever the reports are written", () => {
    expect(hintsHrefFrom(paths.defaultOut)).toBe("../exercises/hints/");
    expect(hintsHrefFrom(join(paths.projectRoot, "out", "students", "ada"))).toBe("../../../exercises/hints/");
  });
});
