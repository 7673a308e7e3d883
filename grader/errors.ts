/**
 * The grader's own faults (a broken fixture, a bad flag, a missing file of the grader's) are thrown
 * as `GraderError`; student outcomes never are: they are data in the results. The CLI turns a
 * GraderError into a precise message and exit code 2.
 */
export type GraderErrorKind = "fixture" | "config" | "usage" | "internal";

export class GraderError extends Error {
  override readonly name = "GraderError";
  constructor(
    readonly kind: GraderErrorKind,
    message: string,
    /** The file at fault, when there is one. */
    readonly file?: string,
    /** The JSON pointer of the problem inside that file. */
    readonly pointer?: string,
  ) {
    super(message);
  }

  /** One line a person can act on: the file, where in it, and what is wrong. */
  describe(): string {
    const where = this.file ? `${this.file}${this.pointer !== undefined ? ` at ${this.pointer || "/"}` : ""}: ` : "";
    return `${where}${this.message}`;
  }
}
