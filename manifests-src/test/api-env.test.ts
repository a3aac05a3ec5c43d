import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENV_VARIABLES, loadConfig, REQUIRED_IN_PRODUCTION } from '../../backend/src/config';
import { ENVIRONMENTS, environmentObjects, ROOT, type K8sObject } from './helpers/repository';

/**
 * The API's environment as the manifests (dist/) and docker-compose.yml set it, checked against
 * the variables the API itself declares (backend/src/config.ts): nothing set that the API
 * ignores, nothing it requires in production missing, no default restated, and shutdown timing
 * that fits the pod's grace period.
 */

/** Variables these files set on purpose even where the value equals the API's default. */
const STATED_ON_PURPOSE: Record<string, string> = {
  PORT: 'the container port that Services, probes and compose publish; the API must listen on it',
  LOG_LEVEL: 'chosen per environment in manifests-src/src/config/environments.ts',
};
/** A value for each variable that comes from a secret, valid for the API's schema. */
const SEALED_VALUE = 'sealed-value-of-at-least-32-characters-0123';
const SAMPLE_FROM_SECRET: Record<string, string> = { ADMIN_EMAIL: 'ops@example.com' };

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

/** `$(NAME)` references are expanded by the kubelet from earlier entries of the same list. */
const references = (value: string) => [...value.matchAll(/\$\(([A-Z0-9_]+)\)/g)].map(([, name]) => name!);

/** The environment the process would see, with secret values replaced by valid samples. */
function resolve(vars: EnvVar[]): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const v of vars) {
    const raw = v.valueFrom ? (SAMPLE_FROM_SECRET[v.name] ?? SEALED_VALUE) : (v.value ?? '');
    resolved[v.name] = raw.replace(/\$\(([A-Z0-9_]+)\)/g, (_, name: string) => resolved[name] ?? '');
  }
  return resolved;
}

/** Names set that the API does not read, leaving out helpers that other values interpolate. */
function unknownNames(vars: EnvVar[]): string[] {
  const interpolated = new Set(vars.flatMap((v) => references(v.value ?? '')));
  return vars.map((v) => v.name).filter((name) => !ENV_VARIABLES.includes(name) && !interpolated.has(name));
}

/** Plain values that change nothing: the API's config is the same without them. */
function restatedDefaults(vars: EnvVar[]): string[] {
  const env = resolve(vars);
  const config = JSON.stringify(loadConfig(env));
  return vars
    .filter((v) => v.value !== undefined && !(v.name in STATED_ON_PURPOSE) && ENV_VARIABLES.includes(v.name))
    .filter((v) => {
      const { [v.name]: _dropped, ...without } = env;
      try {
        return JSON.stringify(loadConfig(without)) === config;
      } catch {
        return false; // required, or needed by another variable's rule: it matters
      }
    })
    .map((v) => `${v.name}=${v.value}`);
}

describe.each(ENVIRONMENTS)('the API environment in dist/%s', (env) => {
  const objects = environmentObjects(env);
  const rollout = objects.find((o) => o.kind === 'Rollout' && o.metadata.name === 'api')!;
  const migrate = objects.find((o) => o.kind === 'Job' && o.metadata.name === 'api-migrate')!;
  const container = (workload: K8sObject) => workload.spec.template.spec.containers[0];
  const sealed = objects.filter((o) => o.kind === 'SealedSecret');
  const clusters = objects.filter((o) => o.kind === 'Cluster');

  it.each([
    ['the API', () => rollout],
    ['the migration job', () => migrate],
  ])(
    'when %s starts, then every variable it gets is one the API reads, and the API accepts them in production',
    (_, workload) => {
      const vars: EnvVar[] = container(workload()).env;
      expect(unknownNames(vars)).toEqual([]);
      const names = vars.map((v) => v.name);
      expect(Object.keys(REQUIRED_IN_PRODUCTION).filter((name) => !names.includes(name))).toEqual([]);
      expect(loadConfig(resolve(vars)).production).toBe(true);
    },
  );

  it('when a variable comes from a secret, then that secret is sealed here with the key, or made by CloudNativePG', () => {
    const vars: EnvVar[] = container(rollout).env;
    const refs = vars.flatMap((v) => (v.valueFrom?.secretKeyRef ? [v.valueFrom.secretKeyRef] : []));
    const missing = refs.filter(({ name, key }) => {
      const sealedSecret = sealed.find((s) => s.metadata.name === name);
      if (sealedSecret) return !(key in sealedSecret.spec.encryptedData);
      // CloudNativePG creates `<cluster>-app` with the owner's username and password.
      const cluster = clusters.find((c) => `${c.metadata.name}-app` === name);
      return !cluster || !['username', 'password'].includes(key);
    });
    expect(refs.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('when the API listens, then it is on the port the container declares (probes and Services use it)', () => {
    const { port } = loadConfig(resolve(container(rollout).env));
    expect(container(rollout).ports.map((p: { containerPort: number }) => p.containerPort)).toEqual([port]);
  });

  it('when a value equals the API default, then it is not set (the default lives in the API only)', () => {
    expect(restatedDefaults(container(rollout).env)).toEqual([]);
    expect(restatedDefaults(container(migrate).env)).toEqual([]);
  });

  it('when the pod is stopped, then preStop plus the API shutdown timeout end before the grace period', () => {
    const { shutdown } = loadConfig(resolve(container(rollout).env));
    const preStopMs = 1000 * container(rollout).lifecycle.preStop.sleep.seconds;
    const graceMs = 1000 * rollout.spec.template.spec.terminationGracePeriodSeconds;
    expect(shutdown.drainMs).toBeGreaterThan(0);
    expect(preStopMs + shutdown.timeoutMs).toBeLessThan(graceMs);
  });
});

describe('the API environment in docker-compose.yml', () => {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string>; stop_grace_period?: string }>;
  };
  const api = compose.services.api!;
  const vars: EnvVar[] = Object.entries(api.environment ?? {}).map(([name, value]) => ({ name, value }));

  it('when the API starts, then every variable it gets is one the API reads, and the API accepts them in production', () => {
    expect(unknownNames(vars)).toEqual([]);
    expect(loadConfig(resolve(vars)).production).toBe(true);
  });

  it('when a value equals the API default, then it is not set', () => {
    expect(restatedDefaults(vars)).toEqual([]);
  });

  it('when the container is stopped, then the API shutdown timeout ends before compose kills it', () => {
    const { shutdown } = loadConfig(resolve(vars));
    const graceMs = 1000 * Number(/^(\d+)s$/.exec(api.stop_grace_period ?? '10s')![1]);
    expect(shutdown.timeoutMs).toBeLessThan(graceMs);
  });
});
