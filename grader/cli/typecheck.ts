/** `node grader/cli/launch.mjs typecheck DIR FILE...`: prints the submission's type errors as a JSON array. */
import { checkTypes } from "../typecheck/check-types";

const [dir, ...files] = process.argv.slice(2);
process.stdout.write(JSON.stringify(checkTypes(dir, files)));
