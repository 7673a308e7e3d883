// For the type-checker only: the tape recorder routes this import to the solutions (tapes.ts).
export * from "../../../../solutions/linear_activation_forward";
