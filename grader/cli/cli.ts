/**
 * What every command shares: parsing flags into a usage error that shows the usage, a whole-number
 * flag, and running `main` so that a GraderError becomes one line naming the file and the problem
 * and exit code 2, while any other throw is reported as the grader's internal error.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { GraderError } from "../errors";
import { terminalText } from "../ci/neutralise";
import { messages } from "../messages/messages";
import { unknownFlag } from "./did-you-mean";
import { TERMINAL_COLUMNS, wrap } from "./wrap";
import { readNpmArgv, recoverNpmFlags, runByNpm, type FlagSpec, type NpmContext } from "./npm-flags";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses `argv`; `--help`/`-h` is added to every command. An unknown flag is named with the
 * nearest known one; flags npm took for itself (`npm run grade --only x`, without `--`) are put
 * back, with a note on stderr (see npm-flags.ts).
 */
export function parseFlags<O extends Options>(argv: string[], options: O, usage: string, npm?: NpmContext) {
  const all = { ...options, help: { type: "boolean" as const, short: "h", default: false } };
  const context = npm ?? { env: process.env, npmArgv: runByNpm(process.env) ? readNpmArgv() : undefined };
  const recovered = recoverNpmFlags(argv, all as Record<string, FlagSpec>, context);
  const script = context.env.npm_lifecycle_event ?? "grade";
  if (recovered.lost.length > 0) throw new GraderError("usage", messages.cli.npmLostFlags(script, recovered.lost));
  if (recovered.taken.length > 0) console.error(wrap(messages.cli.npmTookFlags(script, recovered.taken), TERMINAL_COLUMNS).join("\n"));
  const unknown = unknownFlag(recovered.argv, all as Record<string, FlagSpec>);
  if (unknown) throw new GraderError("usage", `${messages.cli.unknownFlag(unknown.flag, unknown.suggestion)}\n${usage}`);
  try {
    return parseArgs({ args: recovered.argv, allowPositionals: true, options: all });
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
