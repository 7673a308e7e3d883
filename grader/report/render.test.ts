import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadHintFiles } from "./hints-view";
import { describe, expect, it } from "vitest";
import { markdownFence, markdownInline, renderReports, templates, templatesDir } from "./render";
import { HIDDEN_EXPECTED_VALUE, HOSTILE, showcaseResults } from "./showcase-results";
import { leaksIn } from "../hidden/leak-guard";

const options = { hints: loadHintFiles() };

/** The showcase with student-controlled text in every place a student can reach. */
function hostileResults() {
  const results = showcaseResults();
  for (const e of results.exercises) {
    e.message = `${e.message} ${HOSTILE}`;
    for (const c of [...e.cases, ...(e.with_own_dependencies?.cases ?? [])]) {
      c.output = `${c.output}\n${HOSTILE}`;
      c.message = `${c.message} ${HOSTILE}`;
      if (c.comparison) c.comparison.label = `${c.comparison.label} ${HOSTILE}`;
      c.diagnosis?.findings.push(HOSTILE);
    }
  }
  return results;
}

/** Markdown with its fenced code blocks taken out: what GitHub would read as Markdown and HTML. */
function outsideCodeBlocks(markdown: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    if (fence === null) {
      const open = /^(`{3,})/.exec(line);
      if (open) fence = open[1];
      else kept.push(line);
    } else if (line === fence) fence = null;
  }
  expect(fence, "every code block is closed").toBeNull();
  return kept.join("\n");
}

describe("the reports", () => {
  const { html, markdown } = renderReports(hostileResults(), options);

  it("show student text escaped in HTML: no markup from it, and no template evaluated on it", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;/pre&gt;");
    expect(html).toContain("&amp;amp;");
    // Left as text: had the templates been run on them, these would have vanished or thrown.
    expect(html).toContain("{{constructor}}");
    expect(html).toContain("{{#each}}");
    expect(html).not.toContain("function Object");
    expect(html.match(/<pre\b/g)?.length).toBe(html.match(/<\/pre>/g)?.length);
    expect(html.match(/<pre class="output"/g)?.length).toBe(9);
  });

  it("show student text inert in Markdown: raw only inside code blocks no line of it can close", () => {
    const prose = outsideCodeBlocks(markdown);
    // Every < outside code blocks is backslash-escaped, so neither Markdown nor HTML reads a tag.
    expect(prose).not.toMatch(/(^|[^\\])</m);
    expect(prose).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(markdown).toContain(`\`\`\`\`text\n${"W1 = [[ 0.01624345 -0.00611756]"}`);
    expect(markdown).toContain("{{constructor}}");
  });

  it("never show a hidden case's expected values, only what the student's code did", () => {
    const results = showcaseResults();
    const { html: h, markdown: m } = renderReports(results, options);
    for (const text of [h, m]) {
      expect(text).toContain("hidden-1");
      expect(text).toContain("This case is hidden");
      expect(leaksIn(text, [HIDDEN_EXPECTED_VALUE])).toEqual([]);
    }
  });

  it("are self-contained: no scripts, no network, the stylesheet inline", () => {
    expect(html).not.toMatch(/https?:|<link|<script|@import|url\(|<img|<iframe/i);
    expect(html).toContain("<style>");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain("@media print");
    expect(html).toContain(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  });

  it("name every status in words beside its colour", () => {
    for (const label of ["pass", "fail", "error", "timeout", "crashed", "not attempted", "invalid submission"]) {
      expect(html).toMatch(new RegExp(`<span class="badge status-[a-z-]+"><span aria-hidden="true">.</span> ${label}</span>`));
      expect(markdown).toContain(`| ${label} |`);
    }
  });

  it("label a function whose file is missing 'missing', with the near name found, not 'not attempted'", () => {
    expect(html).toMatch(/<li class="status-not-attempted">\s*<span class="badge status-not-attempted"><span aria-hidden="true">.<\/span> missing<\/span>\s*<span class="name"><code>two_layer_model<\/code>/);
    expect(markdown).toContain("| two\\_layer\\_model | 0/10 | missing |");
    expect(markdown).toContain("| update\\_parameters | 0/10 | not attempted |");
    expect(html).toContain("did you mean Two_Layer_Model.ts?");
  });

  it("link the hint to its heading inside the report, which carries the hint file", () => {
    const anchor = "hints-initialize_parameters_deep-hint-2-the-shape-of-each-layers-parameters";
    expect(html).toContain(`<a href="#${anchor}">exercises/hints/initialize_parameters_deep.md</a>`);
    expect(html).toContain(`<h4 id="${anchor}">Hint 2: the shape of each layer&#x27;s parameters</h4>`);
    expect(markdown).toContain("> **Hint 2: the shape of each layer's parameters** (exercises/hints/initialize\\_parameters\\_deep.md): ");
    expect(markdown).not.toContain("](");
  });

  it("head a case with its named mistake, above what the check saw", () => {
    const { html, markdown } = renderReports(showcaseResults(), options);
    expect(html).toMatch(/<h4>Case <q>5-4-3<\/q>: <span class="headline">likely mistake: W built transposed<\/span>/);
    expect(markdown).toContain("— likely mistake: W built transposed");
  });
});

describe("the templates", () => {
  const files = [
    ...readdirSync(templatesDir).filter((f) => f.endsWith(".hbs")),
    ...readdirSync(join(templatesDir, "partials")).map((f) => `partials/${f}`),
  ];

  it("never use the unescaped {{{ }}} form, and HTML ones never the Markdown helpers", () => {
    for (const file of files) {
      const source = readFileSync(join(templatesDir, file), "utf8");
      expect(source, file).not.toContain("{{{");
      expect(source, file).not.toMatch(/\{\{~?&/);
      if (!/md/.test(file)) expect(source, file).not.toMatch(/\{\{~?#?(md|fenced)\b/);
    }
    expect(readFileSync(join(templatesDir, "partials/styles.hbs"), "utf8")).not.toContain("{{");
  });

  it("are compiled in strict mode: a missing field is an error, not an empty string", () => {
    expect(() => templates().html({})).toThrow(/not defined/);
  });
});

describe("the Markdown helpers", () => {
  it("escape inline text so that Markdown and HTML read it as text, on one line", () => {
    expect(markdownInline("a_b *c* [x](y) <b> & | `d`\nnext")).toBe("a\\_b \\*c\\* \\[x\\](y) \\<b\\> \\& \\| \\`d\\` next");
  });

  it("fence code with more backticks than any run inside it", () => {
    expect(markdownFence("x", "text")).toBe("```text\nx\n```");
    expect(markdownFence("a ``` b\n````", "")).toBe("`````\na ``` b\n````\n`````");
  });
});

describe("the seed of hidden cases", () => {
  it("is named in both reports, with the command that replays it, and only when there were hidden cases", () => {
    const withSeed = { ...showcaseResults(), hidden_cases: { seed: 0 } };
    for (const text of Object.values(renderReports(withSeed, options))) {
      expect(text).toContain("--hidden-seed 0");
    }
    for (const text of Object.values(renderReports(showcaseResults(), options))) expect(text).not.toContain("--hidden-seed");
  });
});
