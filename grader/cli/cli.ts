/**
 * What every command shares: parsing flags into a usage error that shows the usage, a whole-number
 * flag, and running `main` so that a GraderError becomes one line naming the file and the problem
 * and exit code 2, while any other throw is reported as the grader's internal error.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { GraderError } from "../errors";
import { terminalText } from "../ci/neutralise";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `argv`; `--help`/`-h` is added to every command. */
export function parseFlags<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    throw new GraderError("usage", `${(error as Error).message}\n${usage}`);
  }
}

export function wholeNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new GraderError("usage", `${flag} must be a whole number, at least ${min} (got "${text}")`);
  return n;
}

export function runCli(main: (argv: string[]) => number | Promise<number>): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => (process.exitCode = code),
      (error: unknown) => {
        // A fault's text can quote the student (a file name, what a crashed process printed).
        if (error instanceof GraderError) console.error(`grader: ${terminalText(error.describe())}`);
        else console.error(`grader: internal error: ${terminalText((error as Error)?.stack ?? String(error))}`);
        process.exitCode = 2;
      },
    );
}
