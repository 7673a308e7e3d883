/**
 * The source of the WebAssembly product kernel (built by `npm run build:np-wasm` into
 * gemm-wasm-bytes.ts). C = A·B on float64, row-major, in the order `blocking.ts` defines: k is
 * cut in blocks of KC, each element's partial sum over a block runs p = 0, 1, ... from zero, and
 * the partial sums are added to C block by block. Within that order the work is tiled:
 *
 * - A is packed by the caller (see packA in blocking.ts): per k-block, panels of MR rows with the
 *   MR values of one p side by side, so one pointer walks the panel and loads are constant offsets;
 * - an MR × NR tile of C lives in f64x2 registers for a whole k-block (MR·NR/2 accumulators),
 *   fed per p by NR/2 vector loads of a B row and MR splats of A: every load feeds NR or MR
 *   multiply-adds, where the plain loop pays a load and a store of C per multiply-add;
 * - B is packed too when A has many rows (packB, PACK_B_MIN_ROWS), so a tile reads its panel in
 *   order; else B stays row-major (its rows read in order, and no pass over the 20 MB images);
 *   C stays row-major.
 *
 * Edges: rows left over after the MR-tall panels take 2-tall then 1-tall tiles, columns left over
 * after the NR-wide tiles take 4-, 2-, then 1-wide ones (panelHeights, panelWidths); every element
 * still sums in the same order, so results do not depend on the tile an element falls in. Two
 * flavours (shippedTiles): relaxed SIMD's multiply-add, where Node enables relaxed SIMD (the
 * sandbox does), and a multiply then an add, which gives the JS kernel's bits.
 */
import { panelHeights, panelWidths } from "./blocking";
import { Body, type FunctionDef, type ValType, emitModule, f64, i32, v128 } from "./wasm-emit";

export interface TileShape {
  /** Rows of A (and C) per packed panel and register tile. */
  mr: number;
  /** Columns of B (and C) per register tile: even, as f64x2 holds two. */
  nr: number;
  /** Relaxed SIMD's multiply-add (fused on x64 with FMA3), else a multiply then an add. */
  fma?: boolean;
}

/**
 * The shapes shipped, one per flavour: the largest tiles whose loop V8 compiles without spilling
 * to the stack. V8 on x64 allocates 15 xmm registers (xmm15 is its scratch) and loads every
 * value of a k-step before the first multiply-add, so a tile needs MR·NR/2 accumulators + NR/2
 * B vectors + MR splats of A, and the plain flavour one more for the product before its add:
 * 3 × 6 with FMA is 9 + 3 + 3 = 15 (9 accumulators, more in flight than the 8 the multiply-add's
 * latency asks for), 4 × 4 without is 8 + 2 + 4 + 1 = 15. Measured in docs/np-performance.md.
 */
export const shippedTiles = {
  plain: { mr: 4, nr: 4 },
  fma: { mr: 3, nr: 6, fma: true },
} satisfies Record<string, TileShape>;

/** tile(ap, bp, cp, kb, ldb, ldc, add): C[rows × cols] (+)= packed A panel · B rows, over kb steps. */
function tile(rows: number, cols: number, fma = false): Body {
  const f = new Body(7);
  const [ap, bp, cp, kb, ldb, ldc, add] = [0, 1, 2, 3, 4, 5, 6];
  const vector = cols >= 2;
  const lanes = vector ? cols / 2 : 1;
  const type = vector ? v128 : f64;
  const acc = Array.from({ length: rows }, () => Array.from({ length: lanes }, () => f.local(type)));
  const b = Array.from({ length: lanes }, () => f.local(type));
  const a = f.local(type);
  const p = f.local(i32);
  const row = f.local(i32);
  f.get(kb).set(p);
  f.loop(() => {
    for (let v = 0; v < lanes; v++) {
      f.get(bp);
      if (vector) f.v128load(v * 16);
      else f.f64load();
      f.set(b[v]);
    }
    for (let r = 0; r < rows; r++) {
      f.get(ap);
      if (vector) f.v128load64splat(r * 8);
      else f.f64load(r * 8);
      f.set(a);
      for (let v = 0; v < lanes; v++) {
        if (vector && fma) f.get(a).get(b[v]).get(acc[r][v]).f64x2relaxedMadd();
        else {
          f.get(acc[r][v]).get(a).get(b[v]);
          if (vector) f.f64x2mul().f64x2add();
          else f.f64mul().f64add();
        }
        f.set(acc[r][v]);
      }
    }
    f.get(ap).i32const(rows * 8).i32add().set(ap);
    f.get(bp).get(ldb).i32add().set(bp);
    f.get(p).i32const(1).i32sub().tee(p).brIf(0);
  });
  // write the tile out: C = acc on the first k-block, C += acc on the others
  for (const accumulate of [true, false]) {
    f.get(add);
    if (!accumulate) f.i32eqz();
    f.if(() => {
      f.get(cp).set(row);
      for (let r = 0; r < rows; r++) {
        for (let v = 0; v < lanes; v++) {
          f.get(row);
          if (accumulate) {
            f.get(row);
            if (vector) f.v128load(v * 16).get(acc[r][v]).f64x2add();
            else f.f64load().get(acc[r][v]).f64add();
          } else f.get(acc[r][v]);
          if (vector) f.v128store(v * 16);
          else f.f64store();
        }
        f.get(row).get(ldc).i32add().set(row);
      }
    });
  }
  return f;
}

/**
 * gemm(apk, b, c, m, k, n, kc, nc, packedB): C (m × n at c) = A · B, A packed at apk, B (k × n)
 * at b, byte addresses; packedB: B as blocking.ts's packB lays it out (per k-block, panels of nr,
 * then 2, then 1 columns, each kb × cols contiguous), else row-major. Loops: k-blocks of kc, then column blocks of nc (a multiple of nr), then A's row
 * panels, then the tiles along the block's columns. The column blocks keep the kc × nc piece of B
 * in L2 while every row panel passes over it: without them a wide B (dZ1·Xᵀ: 209 × 12288, 20 MB)
 * came from memory once per row panel. `tiles` index tile(rows, cols), rows in panelHeights(mr),
 * cols in panelWidths(nr).
 */
function driver(shape: TileShape, tiles: Map<string, number>): Body {
  const f = new Body(9);
  const [apk, b, c, m, k, n, kc, nc, packedB] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const locals = Array.from({ length: 13 }, () => f.local(i32));
  const [ldb, pc, kb, i, crow, bblk, jj, cp, bp, add, jc, jend, apkBlock] = locals;
  const whileLoop = (cond: () => void, body: () => void) =>
    f.block(() => f.loop(() => {
      cond(); // pushes 1 to stop
      f.brIf(1);
      body();
      f.br(0);
    }));
  const callTile = (rows: number, cols: number) => {
    // a packed panel's rows are cols wide, and the next panel starts kb rows on
    f.get(apk).get(bp).get(cp).get(kb).i32const(cols * 8).get(ldb).get(packedB).select();
    f.get(ldb).get(add);
    f.call(tiles.get(`${rows}x${cols}`) as number);
    f.get(bp).get(kb).i32const(cols * 8).i32mul().i32const(cols * 8).get(packedB).select().i32add().set(bp);
    f.get(cp).i32const(cols * 8).i32add().set(cp);
    f.get(jj).i32const(cols).i32add().set(jj);
  };
  const sweep = (rows: number) => {
    f.get(jc).set(jj);
    f.get(crow).set(cp);
    f.get(bblk).set(bp);
    for (const cols of panelWidths(shape.nr)) {
      whileLoop(() => f.get(jj).i32const(cols).i32add().get(jend).i32gtu(), () => callTile(rows, cols));
    }
  };
  f.get(n).i32const(3).i32shl().set(ldb);
  f.loop(() => {
    // kb = min(kc, k - pc); add = pc != 0
    f.get(kc).get(k).get(pc).i32sub().tee(kb).get(kb).get(kc).i32gtu().select().set(kb);
    f.get(pc).i32const(0).i32ne().set(add);
    f.get(apk).set(apkBlock);
    f.i32const(0).set(jc);
    f.loop(() => {
      // jend = min(jc + nc, n); B's block starts at row pc, column jc (packed: after jc columns' panels)
      f.get(n).get(jc).get(nc).i32add().tee(jend).get(jend).get(n).i32gtu().select().set(jend);
      f.get(apkBlock).set(apk);
      f.get(b).get(pc).get(ldb).i32mul().i32add().get(jc).i32const(3).i32shl();
      f.get(kb).i32const(1).get(packedB).select().i32mul().i32add().set(bblk);
      f.get(c).get(jc).i32const(3).i32shl().i32add().set(crow);
      f.i32const(0).set(i);
      for (const rows of panelHeights(shape.mr)) {
        whileLoop(() => f.get(i).i32const(rows).i32add().get(m).i32gtu(), () => {
          sweep(rows);
          f.get(apk).get(kb).i32const(rows * 8).i32mul().i32add().set(apk);
          f.get(crow).get(ldb).i32const(rows).i32mul().i32add().set(crow);
          f.get(i).i32const(rows).i32add().set(i);
        });
      }
      f.get(jend).tee(jc).get(n).i32ltu().brIf(0);
    });
    f.get(pc).get(kc).i32add().tee(pc).get(k).i32ltu().brIf(0);
  });
  return f;
}

/** The module's bytes: the tiles (exported for tests) and `gemm`. */
export function gemmModule(shape: TileShape): Uint8Array {
  const defs: FunctionDef[] = [];
  const tiles = new Map<string, number>();
  for (const rows of panelHeights(shape.mr)) {
    for (const cols of panelWidths(shape.nr)) {
      tiles.set(`${rows}x${cols}`, defs.length);
      const params = new Array<ValType>(7).fill(i32);
      defs.push({ name: `tile_${rows}x${cols}`, params, body: tile(rows, cols, shape.fma) });
    }
  }
  defs.push({ name: "gemm", params: new Array<ValType>(9).fill(i32), body: driver(shape, tiles) });
  return emitModule(defs);
}
