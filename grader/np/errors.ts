/**
 * Error classes named like numpy's exceptions. Messages copy numpy 2.x's wording exactly, so a
 * student who pastes one into a search engine finds the same answers a Python user would.
 */

export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}

/** numpy's AxisError subclasses ValueError (and IndexError); here it subclasses ValueError. */
export class AxisError extends ValueError {
  constructor(message: string) {
    super(message);
    this.name = "AxisError";
  }
}

export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IndexError";
  }
}

/** For inputs numpy would reject by type (strings, undefined, objects); JS has no implicit check. */
export class NpTypeError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "TypeError";
  }
}
