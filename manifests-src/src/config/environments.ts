import { infrastructure } from './infrastructure';
import type { EnvironmentConfig, EnvName } from './schema';

/**
 * The only place where staging and production differ. Sizing reasons: docs/capacity-planning.md.
 * Buckets, roles and region come from Terraform's outputs (infrastructure.ts, `npm run infra:config`).
 */
export const environments: Record<EnvName, EnvironmentConfig> = {
  staging: {
    name: 'staging',
    namespace: 'dhakacart-staging',
    host: 'staging.dhakacart.com.bd',
    gatewayNodePorts: infrastructure.staging.gatewayNodePorts,
    clusterIssuer: 'letsencrypt-staging',
    logLevel: 'debug',
    api: {
      minReplicas: 2,
      maxReplicas: 6,
      targetCpuPercent: 70,
      targetRequestsPerPod: 150,
      maxUnavailable: 1,
      resources: { cpu: { request: '250m', limit: '1' }, memory: { request: '256Mi', limit: '512Mi' } },
    },
    storefront: {
      minReplicas: 2,
      maxReplicas: 4,
      targetCpuPercent: 70,
      maxUnavailable: 1,
      resources: { cpu: { request: '50m', limit: '250m' }, memory: { request: '32Mi', limit: '64Mi' } },
    },
    redis: {
      resources: { cpu: { request: '50m', limit: '250m' }, memory: { request: '64Mi', limit: '192Mi' } },
      maxMemory: '128Mi',
    },
    database: {
      instances: 1,
      synchronousReplicas: 0,
      storageSize: '10Gi',
      walStorageSize: '2Gi',
      resources: { cpu: { request: '250m', limit: '1' }, memory: { request: '512Mi', limit: '1Gi' } },
      archiveTimeoutSeconds: 30,
      poolerInstances: 2,
      poolSize: 20,
      maxClientConnections: 500,
    },
    backups: {
      bucket: infrastructure.staging.databaseBackups.bucket,
      region: infrastructure.staging.region,
      databaseRoleArn: infrastructure.staging.databaseBackups.roleArn,
      // Cron times are UTC: 20:30 is 02:30 in Dhaka (UTC+6), the quietest hour; Velero follows at 03:00.
      baseBackupSchedule: '0 30 20 * * *',
      retentionDays: 30,
      veleroSchedule: '0 21 * * *',
      veleroTtlDays: 30,
      veleroBucket: infrastructure.staging.clusterBackups.bucket,
    },
    canary: { stepPauseSeconds: 30, analysisSeconds: 60, abortScaleDownDelaySeconds: 30 },
    argocd: { prune: true, selfHeal: true },
  },
  production: {
    name: 'production',
    namespace: 'dhakacart',
    host: 'shop.dhakacart.com.bd',
    gatewayNodePorts: infrastructure.production.gatewayNodePorts,
    clusterIssuer: 'letsencrypt-production',
    logLevel: 'info',
    api: {
      minReplicas: 6,
      maxReplicas: 60,
      targetCpuPercent: 65,
      targetRequestsPerPod: 150,
      maxUnavailable: 2,
      resources: { cpu: { request: '500m', limit: '1' }, memory: { request: '384Mi', limit: '768Mi' } },
    },
    storefront: {
      minReplicas: 3,
      maxReplicas: 12,
      targetCpuPercent: 65,
      maxUnavailable: 1,
      resources: { cpu: { request: '100m', limit: '500m' }, memory: { request: '48Mi', limit: '128Mi' } },
    },
    redis: {
      resources: { cpu: { request: '250m', limit: '1' }, memory: { request: '512Mi', limit: '1Gi' } },
      maxMemory: '768Mi',
    },
    database: {
      instances: 3,
      synchronousReplicas: 1,
      storageSize: '100Gi',
      walStorageSize: '20Gi',
      resources: { cpu: { request: '2', limit: '4' }, memory: { request: '8Gi', limit: '8Gi' } },
      archiveTimeoutSeconds: 30,
      poolerInstances: 3,
      poolSize: 50,
      maxClientConnections: 5000,
    },
    backups: {
      bucket: infrastructure.production.databaseBackups.bucket,
      region: infrastructure.production.region,
      databaseRoleArn: infrastructure.production.databaseBackups.roleArn,
      // Cron times are UTC: 20:30 is 02:30 in Dhaka (UTC+6), the quietest hour; Velero follows at 03:00.
      baseBackupSchedule: '0 30 20 * * *',
      retentionDays: 30,
      veleroSchedule: '0 21 * * *',
      veleroTtlDays: 30,
      veleroBucket: infrastructure.production.clusterBackups.bucket,
    },
    canary: { stepPauseSeconds: 60, analysisSeconds: 60, abortScaleDownDelaySeconds: 30 },
    argocd: { prune: false, selfHeal: true },
  },
};
