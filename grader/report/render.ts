/**
 * Renders the HTML and Markdown reports from the view model with one isolated Handlebars
 * environment: templates and partials are the `.hbs` files in templates/, compiled once, in strict
 * mode, with only the helpers registered here. Student text only ever reaches templates as data
 * through `{{ }}` (HTML-escaped), or through the two Markdown helpers below, which escape it for
 * Markdown; no student string is ever compiled as a template.
 */
import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { paths } from "../paths";
import type { CaseStatus, Results } from "../results/types";
import { buildReportView, type ReportOptions } from "./view-model";

export const templatesDir = join(paths.projectRoot, "grader", "report", "templates");

const statusText: Record<CaseStatus, { label: string; mark: string }> = {
  pass: { label: "pass", mark: "✓" },
  fail: { label: "fail", mark: "✗" },
  error: { label: "error", mark: "!" },
  timeout: { label: "timeout", mark: "◷" },
  crashed: { label: "crashed", mark: "↯" },
  "not-attempted": { label: "not attempted", mark: "○" },
  "invalid-submission": { label: "invalid submission", mark: "⊘" },
};

/** Backslash-escapes what Markdown would read as syntax or HTML, and joins lines: for inline text. */
export function markdownInline(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/[\\`*_[\]<>&|~]/g, "\\$&");
}

/** A fenced code block that no line of `text` can close: the fence is longer than any run of backticks in it. */
export function markdownFence(text: string, info = ""): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

const helpers = {
  eq: (a: unknown, b: unknown) => a === b,
  statusLabel: (s: CaseStatus) => statusText[s].label,
  statusMark: (s: CaseStatus) => statusText[s].mark,
  plural: (n: number, one: string, many: string) => (n === 1 ? one : many),
  md: (text: string) => new Handlebars.SafeString(markdownInline(String(text))),
  fenced: (text: string, info: unknown) => new Handlebars.SafeString(markdownFence(String(text), typeof info === "string" ? info : "")),
};

const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
};

type Template = (view: unknown) => string;

function createEnvironment(dir: string): { html: Template; markdown: Template } {
  const env = Handlebars.create();
  env.registerHelper(helpers);
  const partialsDir = join(dir, "partials");
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith(".hbs")).sort()) {
    env.registerPartial(basename(file, ".hbs"), env.compile(readFileSync(join(partialsDir, file), "utf8"), compileOptions));
  }
  const compile = (file: string): Template => env.compile(readFileSync(join(dir, file), "utf8"), compileOptions);
  return { html: compile("report.html.hbs"), markdown: compile("report.md.hbs") };
}

let environment: ReturnType<typeof createEnvironment> | undefined;

/** The compiled templates, for tests that render a view model directly. */
export function templates(): { html: Template; markdown: Template } {
  environment ??= createEnvironment(templatesDir);
  return environment;
}

export interface RenderedReports {
  html: string;
  markdown: string;
}

export function renderReports(results: Results, options: ReportOptions): RenderedReports {
  const { html, markdown } = templates();
  const view = buildReportView(results, options);
  return { html: html(view), markdown: markdown(view) };
}
