/**
 * npm run build:np-wasm — emits the WebAssembly product kernel (grader/np/kernels/gemm-wasm-source.ts)
 * and writes its bytes, base64, into grader/np/kernels/gemm-wasm-bytes.ts: the sandboxed child reads
 * no file, so the module travels inside the JS bundle. Needs no toolchain (the emitter is TypeScript);
 * a test checks the committed bytes are what the source emits.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { bytesModuleText } from "../grader/np/kernels/gemm-wasm-build";

const target = join(import.meta.dirname, "..", "grader", "np", "kernels", "gemm-wasm-bytes.ts");
writeFileSync(target, bytesModuleText());
console.log(`wrote ${target}`);
