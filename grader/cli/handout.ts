/** `npm run handout -- OUT [--allow-solved]`: writes the package a student receives into OUT (a new or empty folder). */
import { resolve } from "node:path";
import { GraderError } from "../errors";
import { buildHandout } from "../handout/build-handout";
import { parseFlags, runCli } from "./cli";

const usage = `usage: npm run handout -- OUT [--allow-solved]
  OUT             a new or empty folder for the package students receive
  --allow-solved  ship exercise files that hold code (by default, a solved or started
                  exercise is refused)`;

runCli(async (argv) => {
  const { values, positionals } = parseFlags(argv, { "allow-solved": { type: "boolean", default: false } }, usage);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new GraderError("usage", usage);
  const out = positionals[0];
  const files = await buildHandout(resolve(out), { allowSolved: values["allow-solved"] });
  console.log(`wrote the student handout to ${out} (${files.length} files): next, in it, npm install && npm run grade`);
  return 0;
});
