/** `npm run handout -- OUT`: writes the package a student receives into OUT (a new or empty folder). */
import { resolve } from "node:path";
import { GraderError } from "../errors";
import { buildHandout } from "../handout/build-handout";
import { runCli } from "./cli";

runCli(async ([out]) => {
  if (!out) throw new GraderError("usage", "usage: npm run handout -- OUT (a new or empty folder)");
  const files = await buildHandout(resolve(out));
  console.log(`wrote the student handout to ${out} (${files.length} files): next, in it, npm install && npm run grade`);
  return 0;
});
