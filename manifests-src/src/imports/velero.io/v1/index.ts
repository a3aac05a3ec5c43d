export * from "./Schedule";
export * from "./BackupStorageLocation";
