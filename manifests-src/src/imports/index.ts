export * as postgresqlCnpgIo from "./postgresql.cnpg.io/index";
export * as barmancloudCnpgIo from "./barmancloud.cnpg.io/index";
export * as veleroIo from "./velero.io/index";
export * as gatewayNginxOrg from "./gateway.nginx.org/index";
