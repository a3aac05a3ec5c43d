import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { standInSecrets } from './stand-in-secrets';

describe('standInSecrets', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'stand-in-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when dist/ holds SealedSecrets, then each gets a Secret with the same name, namespace and keys, and random values', () => {
    mkdirSync(path.join(dir, 'backend'));
    const sealed =
      'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-secrets\n  namespace: dhakacart-staging\nspec:\n  encryptedData:\n    JWT_SECRET: AgB...\n    ADMIN_PASSWORD: AgC...\n';
    writeFileSync(path.join(dir, 'backend/SealedSecret.api-secrets.yaml'), sealed);
    writeFileSync(
      path.join(dir, 'backend/Service.api.yaml'),
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n',
    );

    const [secret, ...rest] = standInSecrets(dir) as {
      metadata: unknown;
      stringData: Record<string, string>;
    }[];

    expect(rest).toEqual([]);
    expect(secret?.metadata).toMatchObject({ name: 'api-secrets', namespace: 'dhakacart-staging' });
    expect(Object.keys(secret?.stringData ?? {})).toEqual(['JWT_SECRET', 'ADMIN_PASSWORD']);
    expect(secret?.stringData.JWT_SECRET).toMatch(/^[0-9a-f]{48}$/);
    expect(secret?.stringData.JWT_SECRET).not.toBe(secret?.stringData.ADMIN_PASSWORD);
  });
});
