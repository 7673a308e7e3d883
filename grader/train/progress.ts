/**
 * What a student sees while their network trains. The model prints the course's lines ("Cost after
 * iteration 100: 0.67..."), streamed from the sandbox as it prints them: on a terminal they move a
 * progress bar (iteration, cost, time left) and are kept above it; elsewhere each is one plain line.
 * Progress only: no number shown here is taken from prints for the results.
 */
export interface CostLine {
  iteration: number;
  cost: number;
}

const COST_LINE = /^Cost after iteration (\d+): (\S+)\s*$/;

/** Splits streamed text into complete lines, keeping an unfinished one for the next piece. */
export function lineSplitter(onLine: (line: string) => void): (text: string) => void {
  let pending = "";
  return (text) => {
    const parts = (pending + text).split("\n");
    pending = parts.pop() ?? "";
    for (const line of parts) onLine(line);
  };
}

export function parseCostLine(line: string): CostLine | undefined {
  const match = COST_LINE.exec(line);
  if (!match) return undefined;
  const cost = Number(match[2]);
  return Number.isNaN(cost) && match[2] !== "NaN" ? undefined : { iteration: Number(match[1]), cost };
}

/** "[#####-----] 1200/2500 cost 0.3152 1m 05s left" */
export function progressBar(done: number, total: number, cost: number, secondsLeft: number | undefined, width = 30): string {
  const filled = Math.round((Math.min(done, total) / total) * width);
  const left = secondsLeft === undefined ? "" : `  ${clock(secondsLeft)} left`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  cost ${cost.toFixed(4)}${left}`;
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export interface ProgressView {
  /** A line the model printed. */
  line(text: string): void;
  /** Redraws the bar with the time left counted down (a cost line comes only every 100 iterations). */
  tick(): void;
  /** Clears the bar before the final lines. */
  end(): void;
}

/**
 * `tty`: the bar on stderr, redrawn in place. Otherwise the printed lines alone. `now` in seconds.
 */
export function progressView(write: (text: string) => void, tty: boolean, iterations: number, now = () => performance.now() / 1000): ProgressView {
  const started = now();
  let barShown = false;
  /** The last cost line's progress, and when it came. */
  let last: { done: number; cost: number; at: number; left?: number } | undefined;
  const clear = () => {
    if (barShown) write("\r\x1b[2K");
    barShown = false;
  };
  const draw = () => {
    if (!last) return;
    clear();
    const left = last.left === undefined ? undefined : Math.max(0, last.left - (now() - last.at));
    write(progressBar(last.done, iterations, last.cost, left));
    barShown = true;
  };
  return {
    line(text) {
      const cost = parseCostLine(text);
      clear();
      write(`${text}\n`);
      if (!tty || !cost) return draw();
      const done = cost.iteration + 1;
      const at = now();
      last = { done, cost: cost.cost, at, left: done > 1 ? ((at - started) / done) * (iterations - done) : undefined };
      draw();
    },
    tick: () => {
      if (tty) draw();
    },
    end: clear,
  };
}
