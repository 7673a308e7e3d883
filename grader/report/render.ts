/**
 * Renders the HTML and Markdown reports from the view model with one isolated Handlebars
 * environment: templates and partials are the `.hbs` files in templates/, compiled in strict mode
 * (and cached, see template-cache.ts), with only the helpers registered here. Student text only
 * ever reaches templates as data through `{{ }}` (HTML-escaped), or through the two Markdown
 * helpers below, which escape it for Markdown; no student string is ever compiled as a template.
 */
import Handlebars from "handlebars";
import { join } from "node:path";
import { paths } from "../paths";
import type { CaseStatus, Results } from "../results/types";
import { buildReportView, type ReportOptions } from "./view-model";
import { loadHintFiles } from "./hints-view";
import { precompiledSpecs, readTemplateSources, specObject } from "./template-cache";

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

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
  /** A function's label: "missing" when its file is, else its status's. */
  exerciseLabel: (s: CaseStatus, missing: boolean) => (missing ? "missing" : statusText[s].label),
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
  const precompile = (source: string) => Handlebars.precompile(source, compileOptions) as string;
  const specs = precompiledSpecs(readTemplateSources(dir), precompile, join(paths.projectRoot, "grader", ".build"), Handlebars.VERSION);
  for (const [name, spec] of Object.entries(specs.partials)) env.registerPartial(name, env.template(specObject(spec) as TemplateSpecification));
  const template = (name: string): Template => env.template(specObject(specs.templates[name]) as TemplateSpecification);
  return { html: template("report.html"), markdown: template("report.md") };
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

/** By default the report carries the hint files of the grader's own project (hints-view.ts). */
export function renderReports(results: Results, options: ReportOptions = { hints: loadHintFiles() }): RenderedReports {
  const { html, markdown } = templates();
  const view = buildReportView(results, options);
  return { html: html(view), markdown: markdown(view) };
}
