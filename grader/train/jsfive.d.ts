// jsfive ships no types; this is the part of its API the training data loader uses.
declare module "jsfive" {
  export class Dataset {
    readonly shape: number[];
    readonly dtype: string | unknown[];
    readonly value: ArrayLike<number | bigint | string> | unknown;
  }
  export class Group {
    readonly keys: string[];
    get(path: string): Dataset | Group;
  }
  export class File extends Group {
    constructor(buffer: ArrayBuffer, filename?: string);
  }
}
