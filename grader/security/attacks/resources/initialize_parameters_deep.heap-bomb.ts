// Resources: the V8 heap: objects pushed until the heap limit (fatal, not catchable), and strings
// doubled until their maximum length.
export function initialize_parameters_deep(layer_dims: number[]): any {
  let text = "x";
  try {
    for (;;) text += text;
  } catch {
    // Invalid string length: go on with objects
  }
  const kept: unknown[] = [text];
  for (let i = 0; ; i++) kept.push({ i, payload: new Array(1000).fill(i), text: `${i}` });
}
