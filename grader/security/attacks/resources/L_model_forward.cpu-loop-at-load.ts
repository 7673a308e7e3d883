// Resources while loading: an endless loop at the top level of the module, before any function is
// called (no top-level await): loading itself never finishes.
export function L_model_forward(X: any, parameters: any): any {
  throw new Error("cpu-loop-at-load: the module loaded");
}

for (;;) {}
