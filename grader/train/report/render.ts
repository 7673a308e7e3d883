/**
 * Renders the training report (HTML) from its view model with an isolated, strict Handlebars
 * environment, as grader/report does: templates are the .hbs files beside this module, every
 * string from the data set (class names, the folder) goes through {{ }} and is escaped.
 */
import Handlebars from "handlebars";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { paths } from "../../paths";
import { writeAtomically } from "../../results/write";
import type { DataSet } from "../dataset";
import type { TrainingRun } from "../train";
import { buildTrainingView, type TrainingReportView } from "./view-model";

const templatesDir = join(paths.projectRoot, "grader", "train", "report", "templates");
let compiled: Handlebars.TemplateDelegate<TrainingReportView> | undefined;

function template(): Handlebars.TemplateDelegate<TrainingReportView> {
  if (compiled) return compiled;
  const hbs = Handlebars.create();
  const partials = join(templatesDir, "partials");
  for (const f of readdirSync(partials).filter((f) => f.endsWith(".hbs"))) {
    hbs.registerPartial(basename(f, ".hbs"), readFileSync(join(partials, f), "utf8"));
  }
  compiled = hbs.compile<TrainingReportView>(readFileSync(join(templatesDir, "training.html.hbs"), "utf8"), { strict: true });
  return compiled;
}

export function renderTrainingReport(view: TrainingReportView): string {
  return template()(view);
}

/** Writes the report to `file`; returns its path. */
export function writeTrainingReport(file: string, run: TrainingRun, data: DataSet): string {
  mkdirSync(dirname(file), { recursive: true });
  writeAtomically(file, renderTrainingReport(buildTrainingView(run, data)));
  return file;
}
