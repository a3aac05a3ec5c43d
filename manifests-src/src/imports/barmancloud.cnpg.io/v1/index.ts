export * from "./ObjectStore";
