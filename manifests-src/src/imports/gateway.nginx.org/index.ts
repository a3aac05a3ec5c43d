export * as v1alpha2 from "./v1alpha2/index";
