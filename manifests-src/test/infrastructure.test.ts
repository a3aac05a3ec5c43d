import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lokiValues } from '../src/argocd/values/logs';
import { names } from '../src/charts/names';
import { environments } from '../src/config/environments';
import { infrastructure } from '../src/config/infrastructure';
import { fromTerraformOutput } from '../src/config/infrastructure-schema';
import { platformApps } from '../src/argocd/platform-apps';
import { charts, clusterOf, platformNamespaces } from '../src/config/platform';
import { ENV_NAMES } from '../src/config/schema';
import { environmentObjects } from './helpers/repository';
import { terraformDefault } from './helpers/terraform';

const root = resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(root, dir, f));
}

const rendered = [...yamlFiles('dist'), ...yamlFiles('argocd')]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const handedOver = ENV_NAMES.map((env) => infrastructure[env]);
const terraformRoles = new Set<string>(
  handedOver.flatMap((i) => [
    i.databaseBackups.roleArn,
    i.clusterBackups.roleArn,
    i.clusterAutoscaler.roleArn,
    i.logs.roleArn,
  ]),
);
const terraformBuckets = new Set<string>(
  handedOver.flatMap((i) => [i.databaseBackups.bucket, i.clusterBackups.bucket, i.logs.bucket]),
);

/** The Velero chart names its server's service account <release>-server; the Application's release is "velero". */
const veleroServiceAccount = 'velero-server';

describe('the hand-over from terraform/ (config/infrastructure.ts)', () => {
  it('when the rendered manifests name an IAM role, then it is a role terraform creates', () => {
    const roles = [...rendered.matchAll(/arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+/g)].map((m) => m[0]);

    expect(roles.length).toBeGreaterThanOrEqual(3);
    expect(roles.filter((r) => !terraformRoles.has(r))).toEqual([]);
  });

  it('when the rendered manifests name a bucket, then it is a bucket terraform creates', () => {
    const buckets = [
      ...[...rendered.matchAll(/s3:\/\/([a-z0-9.-]+)/g)].map((m) => m[1] ?? ''),
      ...[...rendered.matchAll(/^\s+bucket: ([a-z0-9.-]+)$/gm)].map((m) => m[1] ?? ''),
    ];

    expect(buckets.length).toBeGreaterThanOrEqual(4);
    expect(buckets.filter((b) => !terraformBuckets.has(b))).toEqual([]);
  });

  // An account id stands alone ('…', ::…:); digits inside an image tag (15.19-202608170814-…) are not one.
  it('when the config code is read, then no account id or role ARN is written outside the generated file', () => {
    const dir = join(root, 'manifests-src/src');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      // infrastructure.ts is the generated hand-over; placeholders.ts is the list of stand-in values itself.
      .filter((f) => f.endsWith('.ts') && !f.startsWith('imports'))
      .filter((f) => ![join('config', 'infrastructure.ts'), join('config', 'placeholders.ts')].includes(f))
      .filter((f) =>
        /arn:aws:iam::\d{12}|(?<![\w.-])\d{12}(?![\w.-])/.test(readFileSync(join(dir, f), 'utf8')),
      );

    expect(sources).toEqual([]);
  });

  it.each(ENV_NAMES)(
    'when %s is compared, then terraform trusts the service accounts the manifests run',
    (env) => {
      const i = infrastructure[env];

      expect(i.databaseBackups).toMatchObject({
        namespace: environments[env].namespace,
        serviceAccount: names.database,
      });
      expect(i.clusterBackups).toMatchObject({
        namespace: platformNamespaces.velero,
        serviceAccount: veleroServiceAccount,
      });
      expect(i.logs).toMatchObject({
        namespace: platformNamespaces.monitoring,
        serviceAccount: lokiValues(i).serviceAccount.name,
      });
    },
  );

  it.each(ENV_NAMES)(
    'when %s is compared, then lifecycle keeps backups longer than the tools retain them',
    (env) => {
      const { backups } = environments[env];

      expect(infrastructure[env].databaseBackups.expireAfterDays).toBeGreaterThan(backups.retentionDays);
      expect(infrastructure[env].clusterBackups.expireAfterDays).toBeGreaterThan(backups.veleroTtlDays);
    },
  );

  it.each(ENV_NAMES)(
    'when %s is compared, then lifecycle keeps log objects longer than Loki retains them',
    (env) => {
      const { logs } = infrastructure[env];

      expect(logs.expireAfterDays).toBeGreaterThan(logs.retentionDays);
    },
  );

  it.each(ENV_NAMES)(
    "when %s's Loki is configured, then its bucket, role and retention are the ones terraform hands over, not copies",
    (env) => {
      const { logs } = infrastructure[env];
      const values = lokiValues(infrastructure[env]);

      expect(values.loki.limits_config.retention_period).toBe(`${logs.retentionDays * 24}h`);
      expect(values.loki.compactor).toEqual({ retention_enabled: true, delete_request_store: 's3' });
      expect(values.loki.storage.bucketNames.chunks).toBe(logs.bucket);
      expect(values.serviceAccount.annotations['eks.amazonaws.com/role-arn']).toBe(logs.roleArn);
    },
  );

  it.each(ENV_NAMES)(
    'when %s is compared, then terraform points its DNS at the host the Gateway serves',
    (env) => {
      expect(infrastructure[env].hosts).toContain(environments[env].host);
    },
  );

  it.each(ENV_NAMES)(
    'when %s is rendered, then its Gateway is exposed on the node ports terraform load-balances',
    (env) => {
      const objects = environmentObjects(env);
      const gateway = objects.find((o) => o.kind === 'Gateway')!;
      const ref = gateway.spec.infrastructure.parametersRef;
      const proxy = objects.find((o) => o.kind === 'NginxProxy' && o.metadata.name === ref.name)!;
      const listeners = new Map<number, string>(
        gateway.spec.listeners.map((l: { port: number; name: string }) => [l.port, l.name]),
      );
      const service = proxy.spec.kubernetes.service;
      const exposed = Object.fromEntries(
        service.nodePorts.map((p: { port: number; listenerPort: number }) => [
          listeners.get(p.listenerPort),
          p.port,
        ]),
      );

      expect(ref).toMatchObject({ group: 'gateway.nginx.org', kind: 'NginxProxy' });
      expect(service.type).toBe('NodePort');
      expect(exposed).toEqual(infrastructure[env].gatewayNodePorts);
    },
  );

  it.each(ENV_NAMES)(
    "when %s's cluster autoscaler is compared, then it runs as the service account its role trusts, on its own cluster",
    (env) => {
      const values = platformApps(env).find((a) => a.name === 'cluster-autoscaler')!;
      const infra = infrastructure[env];

      expect(values.namespace).toBe(infra.clusterAutoscaler.namespace);
      expect(values.values).toMatchObject({
        awsRegion: infra.region,
        autoDiscovery: { clusterName: infra.clusterName },
        rbac: {
          serviceAccount: {
            name: infra.clusterAutoscaler.serviceAccount,
            annotations: { 'eks.amazonaws.com/role-arn': infra.clusterAutoscaler.roleArn },
          },
        },
      });
    },
  );

  it.each(ENV_NAMES)("when %s's Velero is compared, then it assumes its own cluster's backup role", (env) => {
    const values = platformApps(env).find((a) => a.name === 'velero')!;
    const infra = infrastructure[env];

    expect(values.namespace).toBe(infra.clusterBackups.namespace);
    expect(values.values).toMatchObject({
      serviceAccount: {
        server: { annotations: { 'eks.amazonaws.com/role-arn': infra.clusterBackups.roleArn } },
      },
      configuration: { volumeSnapshotLocation: [{ config: { region: infra.region } }] },
    });
  });

  it("when the cluster autoscaler's chart is compared, then its image has the cluster's Kubernetes minor version", () => {
    const chart = readFileSync(
      join(root, 'manifests-src/charts/cluster-autoscaler', charts.clusterAutoscaler.version, 'Chart.yaml'),
      'utf8',
    );
    const appVersion = /^appVersion: (\d+\.\d+)\./m.exec(chart)?.[1];
    const eks = terraformDefault('modules/cluster/variables.tf', 'kubernetes_version');
    const overridden = readdirSync(join(root, 'terraform/envs')).filter((env) =>
      /kubernetes_version/.test(readFileSync(join(root, 'terraform/envs', env, 'main.tf'), 'utf8')),
    );

    expect(appVersion).toBeDefined();
    expect(appVersion).toBe(eks);
    expect(overridden).toEqual([]);
  });

  it("when the suite's Kubernetes API server is compared, then it is of the minor the clusters run", () => {
    const versions = readFileSync(join(root, 'scripts/kube/versions.env'), 'utf8');
    const suite = /^DEFAULT_KUBE_VERSION=v(\d+\.\d+)\./m.exec(versions)?.[1];

    expect(suite).toBeDefined();
    expect(suite).toBe(terraformDefault('modules/cluster/variables.tf', 'kubernetes_version'));
  });

  it.each(ENV_NAMES)(
    "when %s's Argo CD host is compared, then its DNS points it at its load balancer",
    (env) => {
      expect(infrastructure[env].hosts).toContain(clusterOf(env).argocdHost);
    },
  );

  it('when terraform hands over a bucket name that breaks S3 rules, then the error names the field', () => {
    const raw = {
      environment: 'staging',
      account_id: '111111111111',
      region: 'ap-south-1',
      cluster_name: 'dhakacart-staging',
      zone_name: 'staging.dhakacart.com.bd',
      hosts: ['staging.dhakacart.com.bd'],
      database_backups: { ...snake(infrastructure.staging.databaseBackups), bucket: 'Not_A_Bucket' },
      cluster_backups: snake(infrastructure.staging.clusterBackups),
      cluster_autoscaler: snake(infrastructure.staging.clusterAutoscaler),
      logs: snake(infrastructure.staging.logs),
      gateway_node_ports: { http: 30080, https: 30443 },
    };

    expect(() => fromTerraformOutput('staging', raw)).toThrow(
      'staging: databaseBackups.bucket: must be an S3 bucket name',
    );
    expect(() =>
      fromTerraformOutput('production', { ...raw, database_backups: raw.cluster_backups }),
    ).toThrow('production: environment: the output belongs to staging');
    expect(() =>
      fromTerraformOutput('staging', { ...raw, logs: { ...raw.logs, expire_after_days: 14 } }),
    ).toThrow('staging: logs.expireAfterDays: must be greater than retentionDays');
  });
});

function snake(o: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]),
  );
}
