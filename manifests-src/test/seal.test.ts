import {
  constants,
  createDecipheriv,
  generateKeyPairSync,
  privateDecrypt,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusterSealed } from '../src/config/sealed';
import { ENV_NAMES } from '../src/config/schema';
import { repositoryPaths, sealingCertificate } from '../src/lib/paths';
import { parseSealArgs, seal, UsageError } from '../src/seal/seal-command';
import { paths, ROOT } from './helpers/repository';

/**
 * Decrypts as the Sealed Secrets controller does, written from the published format rather
 * than from our sealing code: 2-byte length, RSA-OAEP(SHA-256, label) session key, AES-256-GCM
 * with a zero nonce and the 16-byte tag at the end.
 */
function unseal(privateKey: KeyObject, label: string, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  const keyLength = bytes.readUInt16BE(0);
  const sessionKey = privateDecrypt(
    {
      key: privateKey,
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: 'sha256',
      oaepLabel: Buffer.from(label),
    },
    bytes.subarray(2, 2 + keyLength),
  );
  const body = bytes.subarray(2 + keyLength);
  const decipher = createDecipheriv('aes-256-gcm', sessionKey, Buffer.alloc(12));
  decipher.setAuthTag(body.subarray(body.length - 16));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
    'utf8',
  );
}

describe('seal', () => {
  let dir: string;
  /** A throwaway repository root whose two clusters have their own test keys. */
  let root: string;
  const keys = new Map<string, KeyObject>();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dhakacart-seal-'));
    root = join(dir, 'root');
    mkdirSync(join(root, 'argocd/sealed-secrets'), { recursive: true });
    for (const env of ENV_NAMES) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      keys.set(env, pair.privateKey);
      writeFileSync(
        sealingCertificate(repositoryPaths(root), env),
        pair.publicKey.export({ type: 'spki', format: 'pem' }),
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sealed = (env: 'staging' | 'production', sealedDir = join(dir, 'sealed')) =>
    loadClusterSealed(sealedDir, env);

  it("when a value is sealed for staging, then staging's key opens it under its namespace/name (published format)", () => {
    seal(
      parseSealArgs(
        ['--env', 'staging', '--name', 'api-secrets', '--from-literal', 'JWT_SECRET=FAKE-test-value'],
        root,
      ),
      join(dir, 'sealed'),
    );
    const [file] = sealed('staging').environment;
    expect(file!.scope).toBe('strict');
    expect(
      unseal(keys.get('staging')!, 'dhakacart-staging/api-secrets', file!.encryptedData.JWT_SECRET!),
    ).toBe('FAKE-test-value');
  });

  it("when that value is opened with production's key, or under another namespace, then decryption fails", () => {
    const value = sealed('staging').environment[0]!.encryptedData.JWT_SECRET!;
    expect(() => unseal(keys.get('production')!, 'dhakacart-staging/api-secrets', value)).toThrow();
    expect(() => unseal(keys.get('staging')!, 'dhakacart/api-secrets', value)).toThrow();
  });

  it("when a platform namespace is sealed for production, then it is production's cluster-wide secret, opened by production's key only", () => {
    seal(
      parseSealArgs(
        [
          '--env',
          'production',
          '--namespace',
          'monitoring',
          '--name',
          'receivers',
          '--from-literal',
          'K=FAKE',
        ],
        root,
      ),
      join(dir, 'sealed'),
    );
    const { environment, platform } = sealed('production');
    expect(environment).toEqual([]);
    expect(platform.map((f) => `${f.namespace}/${f.name}`)).toEqual(['monitoring/receivers']);
    expect(unseal(keys.get('production')!, 'monitoring/receivers', platform[0]!.encryptedData.K!)).toBe(
      'FAKE',
    );
    expect(() =>
      unseal(keys.get('staging')!, 'monitoring/receivers', platform[0]!.encryptedData.K!),
    ).toThrow();
    expect(sealed('staging').platform).toEqual([]);
  });

  it('when a second key is sealed into the same secret, then the first is kept', () => {
    seal(
      parseSealArgs(
        ['--env', 'staging', '--name', 'api-secrets', '--from-literal', 'ADMIN_EMAIL=a@b.invalid'],
        root,
      ),
      join(dir, 'sealed'),
    );
    expect(Object.keys(sealed('staging').environment[0]!.encryptedData)).toEqual([
      'ADMIN_EMAIL',
      'JWT_SECRET',
    ]);
  });

  it.each(ENV_NAMES)(
    "when --cert is not given for %s, then that cluster's certificate in the repository is used",
    (env) => {
      const request = parseSealArgs(['--env', env, '--name', 'x', '--from-literal', 'A=1'], ROOT);
      expect(request.certPath).toBe(join(ROOT, `argocd/sealed-secrets/${env}.pem`));
    },
  );

  it.each([
    [['--name', 'x', '--from-literal', 'A=1'], '--env is required'],
    [['--env', 'qa', '--name', 'x', '--from-literal', 'A=1'], '--env must be one of staging, production'],
    [
      ['--env', 'staging', '--namespace', 'dhakacart', '--name', 'x', '--from-literal', 'A=1'],
      '--namespace dhakacart is not in the staging cluster',
    ],
    [['--env', 'staging', '--name', 'Bad_Name', '--from-literal', 'A=1'], '--name must be a DNS label'],
    [
      ['--env', 'staging', '--name', 'x', '--from-literal', 'no-equals-sign'],
      '--from-literal expects KEY=VALUE',
    ],
    [['--env', 'staging', '--name', 'x'], 'nothing to seal'],
    [['--env', 'staging', '--name', 'x', '--from-literal', 'A=1', '--cert', '/nonexistent.pem'], '--cert'],
  ])('when called with %j, then it refuses with a usage error and writes nothing', (args, message) => {
    const sealedDir = join(dir, 'refused');
    expect(() => seal(parseSealArgs(args, root), sealedDir)).toThrow(UsageError);
    expect(() => parseSealArgs(args, root)).toThrow(message);
    expect(existsSync(sealedDir)).toBe(false);
  });

  it.each([
    ['staging/dhakacart', 'the staging cluster has no namespace dhakacart'],
    ['dhakacart-staging', 'sealed/dhakacart-staging: not an environment'],
  ])(
    'when a sealed file sits at %s, then reading the sealed files refuses it, naming the folder',
    (folder, message) => {
      const sealedDir = join(dir, `misplaced-${folder.replace('/', '-')}`);
      cpSync(join(dir, 'sealed'), sealedDir, { recursive: true });
      mkdirSync(join(sealedDir, folder), { recursive: true });
      expect(() => loadClusterSealed(sealedDir, 'staging')).toThrow(message);
    },
  );

  describe('the committed sealing certificates and sealed files', () => {
    const certificate = (env: string) =>
      new X509Certificate(readFileSync(join(ROOT, `argocd/sealed-secrets/${env}.pem`)));

    it("when the two clusters' certificates are read, then each is a 4096-bit RSA key of its own", () => {
      const [staging, production] = [certificate('staging'), certificate('production')];
      for (const cert of [staging, production])
        expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(4096);
      const spki = (cert: X509Certificate) =>
        cert.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
      expect(spki(staging)).not.toBe(spki(production));
    });

    it.each(ENV_NAMES)(
      "when %s's sealed files are read, then each value is wrapped for a 4096-bit key and none is another cluster's ciphertext",
      (env) => {
        const own = loadClusterSealed(paths.sealed, env);
        const other = loadClusterSealed(paths.sealed, env === 'staging' ? 'production' : 'staging');
        expect(own.environment.map((f) => f.name)).toEqual(['api-secrets']);
        expect(own.platform.map((f) => `${f.namespace}/${f.name}`)).toEqual([
          'monitoring/alertmanager-receivers',
        ]);
        const otherValues = new Set(
          [...other.environment, ...other.platform].flatMap((f) => Object.values(f.encryptedData)),
        );
        for (const file of [...own.environment, ...own.platform]) {
          for (const value of Object.values(file.encryptedData)) {
            expect(Buffer.from(value, 'base64').readUInt16BE(0)).toBe(512);
            expect(otherValues.has(value)).toBe(false);
          }
        }
      },
    );
  });
});
