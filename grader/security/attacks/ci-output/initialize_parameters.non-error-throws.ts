// CI output: things thrown that are not Errors, or Errors that change when read twice: an object
// whose message, name and stack are workflow commands; a getter that answers harmlessly the first
// time (when a sanitiser looks) and with a command the second time (when the printer reads); a
// string; a symbol; a Proxy.
let reads = 0;
let calls = 0;

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  calls++;
  if (calls % 3 === 1) {
    throw {
      get message() {
        return reads++ === 0 ? "harmless" : "harmless\n::error file=x::second read";
      },
      name: "\n::error::name",
      stack: "\n::error::stack\n##[error]stack",
      toString: () => "\n::error::toString",
    };
  }
  if (calls % 3 === 2) throw "\n::error file=x::a thrown string\n::add-mask::x";
  throw Object.assign(new Error("\n::error::own message"), { name: "\n::error::error name", stack: "\n::error::error stack" });
}
