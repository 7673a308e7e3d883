/**
 * The Mersenne Twister MT19937 exactly as numpy's legacy RandomState drives it
 * (numpy/random/src/mt19937/mt19937.c and randomkit): Matsumoto and Nishimura's init_genrand
 * seeding, the standard twist and tempering, and the 53-bit double built from two outputs.
 */

const STATE_SIZE = 624; // N
const SHIFT_SIZE = 397; // M
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** One MT19937 stream: 624 words of state and the index of the next word to hand out. */
export class MT19937 {
  private readonly key = new Uint32Array(STATE_SIZE);
  private position = STATE_SIZE;

  constructor(seed: number) {
    this.seed(seed);
  }

  /**
   * init_genrand: key[0] = s, key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >>> 30)) + i (mod 2^32).
   * The caller checks that s is an integer in [0, 2^32).
   */
  seed(seed: number): void {
    let previous = seed >>> 0;
    this.key[0] = previous;
    for (let i = 1; i < STATE_SIZE; i++) {
      // Math.imul keeps the low 32 bits of the product, which is the "mod 2^32" of the C code.
      previous = (Math.imul(1812433253, previous ^ (previous >>> 30)) + i) >>> 0;
      this.key[i] = previous;
    }
    this.position = STATE_SIZE;
  }

  /** Regenerates all 624 words at once (mt19937_gen), as the reference implementation does. */
  private twist(): void {
    const key = this.key;
    const mixed = (upper: number, lower: number, far: number): number => {
      const y = (key[upper] & UPPER_MASK) | (key[lower] & LOWER_MASK);
      return key[far] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    };
    let i = 0;
    for (; i < STATE_SIZE - SHIFT_SIZE; i++) key[i] = mixed(i, i + 1, i + SHIFT_SIZE);
    for (; i < STATE_SIZE - 1; i++) key[i] = mixed(i, i + 1, i + SHIFT_SIZE - STATE_SIZE);
    key[STATE_SIZE - 1] = mixed(STATE_SIZE - 1, 0, SHIFT_SIZE - 1);
    this.position = 0;
  }

  /** Next 32-bit output, an integer in [0, 2^32). */
  next32(): number {
    if (this.position === STATE_SIZE) this.twist();
    let y = this.key[this.position++];
    // Tempering.
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /**
   * A double in [0, 1) with 53 random bits: (a * 2^26 + b) / 2^53 with a the top 27 bits of one
   * output and b the top 26 bits of the next (mt19937_next_double; np.random.rand's values).
   */
  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}
