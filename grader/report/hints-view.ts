/**
 * The hint files a report links to, carried inside the report. A link to `../exercises/hints/x.md`
 * only works from where the report was written: not once `.grade/report.html` is copied, mailed,
 * or opened from the class dashboard. So the report holds the hints of the functions it names a
 * mistake in, and links to them within the page. Hint files are plain Markdown (headings,
 * paragraphs, `code` and fenced blocks); this reads that much into data the templates escape.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../paths";

export interface HintSpan {
  code: boolean;
  text: string;
}

export interface HintBlock {
  heading: boolean;
  /** The in-page anchor of a heading; "" for other blocks. */
  id: string;
  spans: HintSpan[];
  /** A fenced code block's text; null for other blocks. */
  pre: string | null;
}

export interface HintFileView {
  /** As the student finds it in the project: "exercises/hints/linear_forward.md". */
  file: string;
  id: string;
  title: HintSpan[];
  blocks: HintBlock[];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes (what catalogue.json's fragments use). */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}

function spans(text: string): HintSpan[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith("`") && part.endsWith("`") && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}

/** The page anchor of a hint file (`name` without ".md"), and of one of its headings. */
export const hintAnchor = (name: string, heading?: string) => `hints-${name.replace(/[^A-Za-z0-9_-]/g, "-")}${heading ? `-${slug(heading)}` : ""}`;

export function parseHintFile(name: string, markdown: string): HintFileView {
  const blocks: HintBlock[] = [];
  let title: HintSpan[] = [{ code: false, text: name }];
  let paragraph: string[] = [];
  let fence: string[] | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ heading: false, id: "", spans: spans(paragraph.join(" ")), pre: null });
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n/g, "\n").split("\n")) {
    if (fence) {
      if (line.startsWith("```")) {
        blocks.push({ heading: false, id: "", spans: [], pre: fence.join("\n") });
        fence = undefined;
      } else fence.push(line);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.startsWith("```")) {
      flush();
      fence = [];
    } else if (heading) {
      flush();
      if (heading[1].length === 1) title = spans(heading[2]);
      else blocks.push({ heading: true, id: hintAnchor(name, heading[2]), spans: spans(heading[2]), pre: null });
    } else if (line.trim() === "") flush();
    else paragraph.push(line.trim());
  }
  flush();
  if (fence) blocks.push({ heading: false, id: "", spans: [], pre: fence.join("\n") });
  return { file: `exercises/hints/${name}.md`, id: hintAnchor(name), title, blocks };
}

/** The hint files as the grader's project has them: file name without ".md" -> its Markdown. */
export function loadHintFiles(dir = join(paths.exercises, "hints")): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => [f.slice(0, -3), readFileSync(join(dir, f), "utf8")]));
}
