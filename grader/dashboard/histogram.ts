/**
 * The score distribution as the geometry of an inline SVG bar chart: ten bins of ten percent of the
 * maximum score, full marks in the last. Pure numbers; the template only places them.
 */
export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** "40–49" (percent of the maximum score), for the axis and the bar's tooltip. */
  label: string;
  labelX: number;
  countY: number;
}

export interface Histogram {
  width: number;
  height: number;
  baseline: number;
  bars: HistogramBar[];
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 20, bottom: 30, side: 10 };

export function histogram(scores: readonly number[], maxScore: number): Histogram {
  const counts = new Array<number>(10).fill(0);
  for (const s of scores) counts[Math.min(9, Math.floor((maxScore > 0 ? s / maxScore : 0) * 10))]++;
  const tallest = Math.max(1, ...counts);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = (WIDTH - 2 * MARGIN.side) / counts.length;
  const baseline = HEIGHT - MARGIN.bottom;
  const bars = counts.map((count, i) => {
    const height = Math.round((count / tallest) * plotHeight);
    const x = Math.round(MARGIN.side + i * slot + 4);
    return {
      x,
      y: baseline - height,
      width: Math.round(slot - 8),
      height,
      count,
      label: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`,
      labelX: Math.round(x + (slot - 8) / 2),
      countY: baseline - height - 5,
    };
  });
  return { width: WIDTH, height: HEIGHT, baseline, bars };
}
