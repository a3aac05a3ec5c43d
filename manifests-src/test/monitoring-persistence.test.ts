import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENTS, ROOT, type K8sObject } from './helpers/repository';

/** The Helm values of one cluster's kube-prometheus-stack, as its Application hands them to the chart. */
function stackValues(env: string) {
  const file = join(ROOT, 'argocd', env, 'platform/Application.kube-prometheus-stack.yaml');
  const app = parse(readFileSync(file, 'utf8')) as K8sObject;
  return app.spec.source.helm.valuesObject;
}

/**
 * A Kubernetes resource quantity in bytes (apimachinery resource.Quantity: binary suffixes Ki..Ei,
 * decimal suffixes k..E, or none).
 */
function quantityBytes(quantity: string): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(quantity);
  if (!match) throw new Error(`not a storage quantity: ${quantity}`);
  const binary = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
  const decimal = ['k', 'M', 'G', 'T', 'P', 'E'];
  const suffix = match[2] ?? '';
  const scale = binary.includes(suffix)
    ? 1024 ** (binary.indexOf(suffix) + 1)
    : suffix
      ? 1000 ** (decimal.indexOf(suffix) + 1)
      : 1;
  return Number(match[1]) * scale;
}

/**
 * Prometheus's `--storage.tsdb.retention.size` in bytes: the operator's ByteSize
 * (`([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B`), which Prometheus parses with alecthomas/units
 * ParseBase2Bytes, where "KB" and "KiB" both mean 1024 bytes.
 */
function retentionSizeBytes(size: string): number {
  const match = /^(\d*\.?\d+)(?:([KMGTPE])i?)?B$/.exec(size);
  if (!match) throw new Error(`not a Prometheus retention size: ${size}`);
  return Number(match[1]) * 1024 ** (match[2] ? 'KMGTPE'.indexOf(match[2]) + 1 : 0);
}

describe('quantityBytes and retentionSizeBytes, the sizes a retention is compared with', () => {
  it('when sizes are read, then binary and decimal suffixes scale as Kubernetes and Prometheus read them', () => {
    expect(quantityBytes('50Gi')).toBe(50 * 1024 ** 3);
    expect(quantityBytes('2G')).toBe(2 * 1000 ** 3);
    expect(quantityBytes('1024')).toBe(1024);
    expect(retentionSizeBytes('45GB')).toBe(45 * 1024 ** 3);
    expect(retentionSizeBytes('45GiB')).toBe(45 * 1024 ** 3);
    expect(retentionSizeBytes('512MB')).toBe(512 * 1024 ** 2);
    expect(() => quantityBytes('50GB')).toThrow();
    expect(() => retentionSizeBytes('50Gi')).toThrow();
  });
});

/**
 * A StorageSpec of prometheus-operator (Documentation/platform/storage.md): without one the
 * operator gives the data directory an emptyDir, and `emptyDir` or `ephemeral`, when set, win over
 * `volumeClaimTemplate`; only a claim template alone keeps the data across restarts.
 */
function expectPersistentClaim(storage: unknown) {
  expect(storage).toEqual(expect.objectContaining({ volumeClaimTemplate: expect.any(Object) }));
  const spec = storage as {
    emptyDir?: unknown;
    ephemeral?: unknown;
    volumeClaimTemplate: {
      spec: { accessModes?: string[]; resources?: { requests?: { storage?: unknown } } };
    };
  };
  expect(spec.emptyDir).toBeUndefined();
  expect(spec.ephemeral).toBeUndefined();
  expect(JSON.stringify(storage)).not.toContain('emptyDir');
  const claim = spec.volumeClaimTemplate.spec;
  expect(claim.accessModes).toEqual(['ReadWriteOnce']);
  const requested = claim.resources?.requests?.storage as string;
  expect(typeof requested).toBe('string');
  expect(quantityBytes(requested)).toBeGreaterThan(0);
  return quantityBytes(requested);
}

interface Volume {
  name: string;
  secret?: { secretName: string; optional?: boolean; items?: { key: string; path: string }[] };
  projected?: { sources: { secret?: { name: string; optional?: boolean } }[] };
}

interface VolumeMount {
  name: string;
  mountPath: string;
  subPath?: string;
}

/** Every `*_file` value of Alertmanager's configuration: the files it reads when it sends. */
function filesRead(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(filesRead);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key.endsWith('_file') && typeof v === 'string' ? [v] : filesRead(v),
  );
}

describe.each(ENVIRONMENTS)('the monitoring data of the %s cluster', (env) => {
  const values = stackValues(env);
  const prometheusSpec = values.prometheus.prometheusSpec;
  const alertmanagerSpec = values.alertmanager.alertmanagerSpec;

  it("when Prometheus's storage is read, then it is a ReadWriteOnce claim with a size, not the operator's emptyDir", () => {
    expect(prometheusSpec.storageSpec).toBeDefined();
    expectPersistentClaim(prometheusSpec.storageSpec);
  });

  it("when Alertmanager's storage is read, then it is a ReadWriteOnce claim with a size, not the operator's emptyDir", () => {
    expect(alertmanagerSpec.storage).toBeDefined();
    expectPersistentClaim(alertmanagerSpec.storage);
  });

  it("when Prometheus's retention is read, then it is a duration, and a size bound, if set, fits in the claimed volume", () => {
    const requested = expectPersistentClaim(prometheusSpec.storageSpec);
    expect(prometheusSpec.retention).toMatch(/^(\d+(ms|s|m|h|d|w|y))+$/);
    if (prometheusSpec.retentionSize !== undefined && prometheusSpec.retentionSize !== '') {
      // The WAL and the head's chunks count toward the size bound (Prometheus storage.md), and
      // compaction writes a block before it deletes those it replaces: the bound stays under the disk.
      expect(retentionSizeBytes(prometheusSpec.retentionSize)).toBeLessThan(requested);
    }
  });

  it('when the secret volumes of Alertmanager are read, then each is optional, and none comes through `secrets` (mounted as required)', () => {
    const volumes = (alertmanagerSpec.volumes ?? []) as Volume[];
    const secretVolumes = volumes.filter((v) => v.secret);
    expect(secretVolumes.length).toBeGreaterThan(0);
    expect(secretVolumes.filter((v) => v.secret!.optional !== true).map((v) => v.name)).toEqual([]);
    const projectedSecrets = volumes.flatMap((v) =>
      (v.projected?.sources ?? []).flatMap((s) => (s.secret ? [{ volume: v.name, ...s.secret }] : [])),
    );
    expect(projectedSecrets.filter((s) => s.optional !== true)).toEqual([]);
    // prometheus-operator mounts each of `secrets` as a plain secret volume, so the pod would wait
    // for a SealedSecret that the sealed-secrets controller unseals only in a later wave.
    expect(alertmanagerSpec.secrets ?? []).toEqual([]);
  });

  it('when the files the Alertmanager configuration reads are listed, then each is a key under the mount of an optional secret volume', () => {
    const files = filesRead(values.alertmanager.config);
    expect(files.length).toBeGreaterThan(0);
    const optional = new Map(
      ((alertmanagerSpec.volumes ?? []) as Volume[])
        .filter((v) => v.secret?.optional === true)
        .map((v) => [v.name, v]),
    );
    const mounts = ((alertmanagerSpec.volumeMounts ?? []) as VolumeMount[]).filter(
      (m) => optional.has(m.name) && m.subPath === undefined,
    );
    const covered = (file: string) =>
      mounts.some((m) => {
        const dir = `${m.mountPath.replace(/\/+$/, '')}/`;
        const key = file.slice(dir.length);
        if (!file.startsWith(dir) || key === '' || key.includes('/')) return false;
        const items = optional.get(m.name)!.secret!.items;
        return items === undefined || items.some((i) => i.path === key);
      });
    expect(files.filter((f) => !covered(f))).toEqual([]);
  });
});
