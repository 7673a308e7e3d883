// The globals a student's file may use without Node's or the DOM's type libraries.
declare const console: {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  info(...data: unknown[]): void;
  table(data: unknown): void;
};
