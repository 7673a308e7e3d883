// Resources while loading: three seconds of busy work at the top level, then a normal (wrong)
// function: the load's cost must be charged to this function, not to whichever call comes next.
const end = Date.now() + 3000;
let spins = 0;
while (Date.now() < end) spins++;

export function L_model_backward(AL: any, Y: any, caches: any[]): any {
  return { dA0: spins };
}
