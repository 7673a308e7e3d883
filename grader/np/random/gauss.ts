/**
 * numpy's legacy standard normal, legacy_gauss in numpy/random/src/legacy/legacy-distributions.c:
 * the Marsaglia polar method, which makes two normals per accepted point and keeps the second
 * one for the next call. numpy's Gaussian stream is reproduced bit for bit only because the
 * logarithm here rounds exactly like glibc's (see libm-log.ts); sqrt and the arithmetic are
 * correctly rounded IEEE operations in both C and JavaScript, and numpy's wheel compiles this
 * function without fused multiply-adds (no vfmadd in mtrand*.so), so `x1 * x1 + x2 * x2` matches.
 */
import { libmLog } from "./libm-log";
import type { MT19937 } from "./mt19937";

export class LegacyGauss {
  private hasCached = false;
  private cached = 0;

  /** Forgets the cached value; numpy does this whenever the generator is seeded. */
  clear(): void {
    this.hasCached = false;
    this.cached = 0;
  }

  /** Next standard normal draw, taking uniform doubles from `bits` when the cache is empty. */
  next(bits: MT19937): number {
    if (this.hasCached) {
      this.hasCached = false;
      return this.cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2.0 * bits.nextDouble() - 1.0;
      x2 = 2.0 * bits.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    // Same operation order as the C: sqrt(-2.0 * log(r2) / r2).
    const f = Math.sqrt((-2.0 * libmLog(r2)) / r2);
    this.cached = f * x1;
    this.hasCached = true;
    return f * x2;
  }
}
