import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { admit, type Policy } from './helpers/admission';
import { manifests, ROOT, type K8sObject } from './helpers/repository';

const policies = manifests('policies/admission')
  .filter((m) => m.object.kind === 'ValidatingAdmissionPolicy')
  .map((m) => m.object as unknown as Policy);
const bindings = manifests('policies/admission').filter(
  (m) => m.object.kind === 'ValidatingAdmissionPolicyBinding',
);
const distObjects = manifests('dist');

interface Fixture {
  file: string;
  policy: string;
  message: string;
  request?: object;
  object: K8sObject;
}
const fixtureDir = join(ROOT, 'policies/tests');
const fixtures: Fixture[] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({
    file,
    ...(parse(readFileSync(join(fixtureDir, file), 'utf8')) as Omit<Fixture, 'file'>),
  }));

describe('admission policies', () => {
  it('when policies are listed, then each has a Deny binding', () => {
    expect(policies.length).toBe(7);
    for (const p of policies) {
      const binding = bindings.find((b) => b.object.spec.policyName === p.metadata.name);
      expect({ policy: p.metadata.name, actions: binding?.object.spec.validationActions }).toEqual({
        policy: p.metadata.name,
        actions: ['Deny'],
      });
    }
  });

  it.each(policies.map((p) => [p.metadata.name, p] as const))(
    'when %s is evaluated against every object in dist/, then all pass',
    (name, policy) => {
      const results = distObjects.map((m) => ({ path: m.path, denials: admit(policy, m.object) }));
      const applicable = results.filter((r) => r.denials !== null);
      if (name !== 'dhakacart-no-plain-secrets') expect(applicable.length).toBeGreaterThan(0);
      expect(applicable.filter((r) => r.denials!.length > 0)).toEqual([]);
    },
  );

  it.each(fixtures.map((f) => [f.file, f] as const))(
    'when the bad object %s is evaluated, then it is denied with the expected message',
    (_file, fixture) => {
      const policy = policies.find((p) => p.metadata.name === fixture.policy);
      expect(policy).toBeDefined();
      expect(admit(policy!, fixture.object, fixture.request)).toEqual([fixture.message]);
    },
  );

  it.each(fixtures.map((f) => [f.file, f] as const))(
    'when the bad object %s is evaluated by every other policy, then none denies it (it breaks one rule only)',
    (_file, fixture) => {
      const others = policies.filter((p) => p.metadata.name !== fixture.policy);
      const denials = others.flatMap((p) => admit(p, fixture.object, fixture.request) ?? []);
      expect(denials).toEqual([]);
    },
  );

  it('when fixtures are counted, then every policy has at least one', () => {
    const covered = new Set(fixtures.map((f) => f.policy));
    expect(policies.map((p) => p.metadata.name).filter((n) => !covered.has(n))).toEqual([]);
  });

  it.each([
    ['system:serviceaccount:cert-manager:cert-manager', true],
    ['system:serviceaccount:cnpg-system:cnpg-cloudnative-pg', true],
    ['bob@dhakacart.com.bd', false],
  ])('when %s creates a Service without our labels, then admitted is %s', (username, admitted) => {
    const policy = policies.find((p) => p.metadata.name === 'dhakacart-labels')!;
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'cm-acme-http-solver-x' } };
    const result = admit(policy, service, { userInfo: { username } });
    expect(result === null || result.length === 0).toBe(admitted);
  });

  it('when Velero restores a Secret, then it is admitted', () => {
    const policy = policies.find((p) => p.metadata.name === 'dhakacart-no-plain-secrets')!;
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'dhakacart-db-app' } };
    expect(
      admit(policy, secret, { userInfo: { username: 'system:serviceaccount:velero:velero-server' } }),
    ).toEqual([]);
  });

  it('when the sealed-secrets controller writes a Secret, then it is admitted', () => {
    const policy = policies.find((p) => p.metadata.name === 'dhakacart-no-plain-secrets')!;
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'api-secrets' } };
    expect(
      admit(policy, secret, {
        userInfo: { username: 'system:serviceaccount:kube-system:sealed-secrets-controller' },
      }),
    ).toEqual([]);
  });
});
