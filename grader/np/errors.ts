/**
 * Error classes named like numpy's exceptions. Messages copy numpy 2.x's wording, so a student who
 * pastes one into a search engine finds the same answers a Python user would, except where numpy
 * speaks of Python itself (see `inTypeScriptWords`).
 */

/**
 * numpy's texts that name Python's types, and what #np says instead: the same meaning in the words
 * of a TypeScript course. Each rewording keeps numpy's text up to where it speaks of Python, so a
 * search still finds it; the thrower adds what it knows after it (the array's shape).
 */
export const inTypeScriptWords: Readonly<Record<string, string>> = {
  "can only convert an array of size 1 to a Python scalar": "can only convert an array of size 1 to a number",
};

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
