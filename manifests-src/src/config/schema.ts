import { z } from 'zod';

export const ENV_NAMES = ['staging', 'production'] as const;
export type EnvName = (typeof ENV_NAMES)[number];

const cpu = z.string().regex(/^\d+(\.\d+)?m?$/, 'must be a CPU quantity such as 250m or 1');
const memory = z.string().regex(/^\d+(Mi|Gi)$/, 'must be a memory quantity such as 256Mi or 1Gi');
const dnsName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label');
const hostname = z
  .string()
  .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a fully qualified host name');
/** Kubernetes CronJob syntax (five fields), as Velero uses. */
const cron5 = z
  .string()
  .refine((s) => s.trim().split(/\s+/).length === 5, 'must be a cron expression with five fields');
/** CloudNativePG ScheduledBackup syntax: six fields, seconds first. */
const cron6 = z
  .string()
  .refine(
    (s) => s.trim().split(/\s+/).length === 6,
    'must be a cron expression with six fields (seconds first)',
  );

export const resourcesSchema = z.strictObject({
  cpu: z.strictObject({ request: cpu, limit: cpu }),
  memory: z.strictObject({ request: memory, limit: memory }),
});
export type Resources = z.infer<typeof resourcesSchema>;

export const workloadSchema = z
  .strictObject({
    minReplicas: z.number().int().min(1),
    maxReplicas: z.number().int().min(1),
    /** Average CPU utilisation (percent of the request) the HPA aims for. */
    targetCpuPercent: z.number().int().min(10).max(100),
    /** Requests per second per pod the HPA aims for, when a metric exists. */
    targetRequestsPerPod: z.number().int().positive().optional(),
    /** PodDisruptionBudget: pods that may be down at once during voluntary disruptions. */
    maxUnavailable: z.number().int().min(1),
    resources: resourcesSchema,
  })
  .refine((w) => w.maxReplicas >= w.minReplicas, {
    message: 'must be >= minReplicas',
    path: ['maxReplicas'],
  });
export type WorkloadConfig = z.infer<typeof workloadSchema>;

export const databaseSchema = z
  .strictObject({
    instances: z.number().int().min(1).max(9),
    /** Synchronous replicas the primary waits for on commit (0 = asynchronous). */
    synchronousReplicas: z.number().int().min(0),
    storageSize: memory,
    walStorageSize: memory,
    resources: resourcesSchema,
    /**
     * Longest time a committed transaction waits before its WAL segment is switched and
     * archived: the RPO bound when every instance is lost (docs/adr/0110).
     */
    archiveTimeoutSeconds: z
      .number()
      .int()
      .min(10, 'must be 10 to 300 seconds (0 leaves the RPO unbounded)')
      .max(300, 'must be 10 to 300 seconds (CloudNativePG defaults to 300)'),
    poolerInstances: z.number().int().min(1),
    /** PgBouncer server connections per user/database pair. */
    poolSize: z.number().int().min(1),
    maxClientConnections: z.number().int().min(1),
  })
  .refine((d) => d.synchronousReplicas < d.instances, {
    message: 'must be smaller than instances (a synchronous replica needs a standby)',
    path: ['synchronousReplicas'],
  });

export const backupsSchema = z.strictObject({
  /** S3 bucket holding WAL archives and base backups (terraform/, through infrastructure.ts). */
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name'),
  region: z.string().regex(/^[a-z]{2}-[a-z]+-\d$/, 'must be an AWS region such as ap-south-1'),
  /** IAM role the database pods assume through workload identity (IRSA). */
  databaseRoleArn: z.string().regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'must be an IAM role ARN'),
  baseBackupSchedule: cron6,
  retentionDays: z.number().int().min(1),
  veleroSchedule: cron5,
  veleroTtlDays: z.number().int().min(1),
  veleroBucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name'),
});

/** Weights the canary walks through before full traffic. */
export const CANARY_WEIGHTS = [10, 25, 50] as const;
/** Merge-to-full-traffic budget is 10 minutes; keep 2 of them for image pull and pod start. */
export const CANARY_STEP_BUDGET_SECONDS = 480;

export const canarySchema = z
  .strictObject({
    /** Pause after each weight step before its analysis, in seconds. */
    stepPauseSeconds: z.number().int().min(0),
    /** How long each in-line analysis step measures, in seconds. */
    analysisSeconds: z.number().int().min(30),
    /** Keep the aborted canary's pods this long for inspection. */
    abortScaleDownDelaySeconds: z.number().int().min(0),
  })
  .refine(
    (c) => CANARY_WEIGHTS.length * (c.stepPauseSeconds + c.analysisSeconds) <= CANARY_STEP_BUDGET_SECONDS,
    {
      message: `steps must add up to at most ${CANARY_STEP_BUDGET_SECONDS} s (${CANARY_WEIGHTS.length} x (stepPauseSeconds + analysisSeconds))`,
      path: ['stepPauseSeconds'],
    },
  );

const NODE_PORT_RANGE = "must be in Kubernetes' NodePort range 30000-32767";
const nodePort = z.number().int().min(30000, NODE_PORT_RANGE).max(32767, NODE_PORT_RANGE);

/** The node ports the environment's load balancer forwards 80 and 443 to (terraform/, through infrastructure.ts). */
export const gatewayNodePortsSchema = z
  .strictObject({ http: nodePort, https: nodePort })
  .refine((p) => p.http !== p.https, { message: 'must differ from http', path: ['https'] });

export const environmentSchema = z.strictObject({
  name: z.enum(ENV_NAMES),
  namespace: dnsName,
  host: hostname,
  gatewayNodePorts: gatewayNodePortsSchema,
  clusterIssuer: z.enum(['letsencrypt-staging', 'letsencrypt-production']),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']),
  api: workloadSchema,
  storefront: workloadSchema,
  redis: z.strictObject({ resources: resourcesSchema, maxMemory: memory }),
  database: databaseSchema,
  backups: backupsSchema,
  canary: canarySchema,
  argocd: z.strictObject({
    /** Delete resources removed from git automatically. */
    prune: z.boolean(),
    selfHeal: z.boolean(),
  }),
});
export type EnvironmentConfig = z.infer<typeof environmentSchema>;
