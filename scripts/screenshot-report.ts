/**
 * `npm run report:screenshot [-- DIR ... | --showcase]`: grades a failing submission (by default the
 * sample grader/samples/missing-one-over-m), or takes the synthetic results that show every status,
 * diagnosis and tensor layout (--showcase), writes the reports into .grade/screenshots/, and opens
 * report.html in Debian's headless Chromium to save PNGs at a desktop width, a 390 px phone width
 * and in print emulation. Fails when the page is wider than its window (phone and print included)
 * or asks for anything from the network. Needs /usr/bin/chromium (`apt-get install chromium`), so it is not part of `npm test`.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { gradeSubmission } from "../grader/grade/grade-submission";
import { paths } from "../grader/paths";
import { writeReports } from "../grader/report/write-reports";
import { showcaseResults } from "../grader/report/showcase-results";

const executablePath = "/usr/bin/chromium";
const outDir = join(paths.defaultOut, "screenshots");
const viewports = [
  { name: "desktop", width: 1280, height: 900, media: "screen" },
  { name: "phone", width: 390, height: 844, media: "screen" },
  { name: "print", width: 720, height: 1020, media: "print" },
] as const;

async function main(dirs: string[]): Promise<number> {
  if (!existsSync(executablePath)) {
    console.error(`report:screenshot needs Chromium at ${executablePath}: apt-get install -y chromium`);
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  let problems = 0;
  try {
    for (const dir of dirs) {
      const name = dir === "--showcase" ? "showcase" : dir.replace(/\/+$/, "").split("/").pop()!;
      const results = dir === "--showcase" ? showcaseResults() : await gradeSubmission({ submissionDir: resolve(dir) });
      const { html } = writeReports(join(outDir, name), results);
      for (const viewport of viewports) {
        const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
        const requests: string[] = [];
        page.on("request", (request) => {
          if (!request.url().startsWith("file:")) requests.push(request.url());
        });
        await page.emulateMedia({ media: viewport.media });
        await page.goto(pathToFileURL(html).href);
        // A string, evaluated in the page: the project's type-check has no DOM library.
        const overflow = (await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
        const png = join(outDir, `${name}-${viewport.name}.png`);
        await page.screenshot({ path: png, fullPage: true });
        console.log(`${png}${overflow > 0 ? `  (scrolls sideways by ${overflow} px)` : ""}`);
        if (overflow > 0) problems++;
        if (requests.length > 0) {
          console.error(`  the report asked the network for: ${requests.join(", ")}`);
          problems++;
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return problems > 0 ? 1 : 0;
}

const args = process.argv.slice(2);
main(args.length > 0 ? args : [join(paths.projectRoot, "grader", "samples", "missing-one-over-m")]).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error)?.stack ?? String(error));
    process.exitCode = 2;
  },
);
