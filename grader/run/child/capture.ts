/**
 * Captures what student code prints (console.* and direct writes to stdout/stderr) for the case
 * being run, bounded so a print loop cannot flood the grader. Outside a case, writes pass through.
 */
const LIMIT = 4000;
const originalStdout = process.stdout.write.bind(process.stdout);
const originalStderr = process.stderr.write.bind(process.stderr);

let buffer: string | undefined;
let dropped = 0;

function capturing(original: typeof originalStdout): typeof originalStdout {
  return ((chunk: unknown, ...rest: unknown[]) => {
    if (buffer === undefined) return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk);
    const room = LIMIT - buffer.length;
    buffer += text.slice(0, Math.max(0, room));
    dropped += Math.max(0, text.length - Math.max(0, room));
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof originalStdout;
}

process.stdout.write = capturing(originalStdout);
process.stderr.write = capturing(originalStderr);

export function startCapture(): void {
  buffer = "";
  dropped = 0;
}

export function stopCapture(): string {
  const text = (buffer ?? "") + (dropped > 0 ? `\n[output truncated: ${dropped} more characters]` : "");
  buffer = undefined;
  return text;
}
