/**
 * Renders OUT/index.html from the view model with the dashboard's own isolated Handlebars
 * environment: templates in templates/, compiled once in strict mode, known helpers only. Student
 * ids and every other student-derived string reach the page through `{{ }}` only (HTML-escaped);
 * the page is self-contained (inline CSS, inline SVG, a small inline script to sort the table).
 */
import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { paths } from "../paths";
import type { DashboardView } from "./view-model";

export const dashboardTemplatesDir = join(paths.projectRoot, "grader", "dashboard", "templates");

const helpers = {
  eq: (a: unknown, b: unknown) => a === b,
};

const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
};

let page: ((view: DashboardView) => string) | undefined;

function compile(): (view: DashboardView) => string {
  const env = Handlebars.create();
  env.registerHelper(helpers);
  const partials = join(dashboardTemplatesDir, "partials");
  for (const file of readdirSync(partials).filter((f) => f.endsWith(".hbs")).sort()) {
    env.registerPartial(basename(file, ".hbs"), env.compile(readFileSync(join(partials, file), "utf8"), compileOptions));
  }
  return env.compile(readFileSync(join(dashboardTemplatesDir, "index.html.hbs"), "utf8"), compileOptions);
}

export function renderDashboard(view: DashboardView): string {
  page ??= compile();
  return page(view);
}
