import {
  constants,
  createDecipheriv,
  generateKeyPairSync,
  privateDecrypt,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSealed } from '../src/config/sealed';
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
  let privateKey: KeyObject;
  let certPath: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dhakacart-seal-'));
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    privateKey = pair.privateKey;
    certPath = join(dir, 'test-public-key.pem');
    writeFileSync(certPath, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when a value is sealed with a test key, then the published format decrypts it under its namespace/name', () => {
    const sealedDir = join(dir, 'sealed');
    const request = parseSealArgs(
      [
        '--env',
        'staging',
        '--name',
        'api-secrets',
        '--from-literal',
        'JWT_SECRET=FAKE-test-value',
        '--cert',
        certPath,
      ],
      ROOT,
    );
    seal(request, sealedDir);
    const [file] = loadSealed(sealedDir, 'dhakacart-staging');
    expect(file!.scope).toBe('strict');
    expect(unseal(privateKey, 'dhakacart-staging/api-secrets', file!.encryptedData.JWT_SECRET!)).toBe(
      'FAKE-test-value',
    );
  });

  it('when the sealed value is opened under another namespace, then decryption fails (strict scope)', () => {
    const [file] = loadSealed(join(dir, 'sealed'), 'dhakacart-staging');
    expect(() => unseal(privateKey, 'dhakacart/api-secrets', file!.encryptedData.JWT_SECRET!)).toThrow();
  });

  it('when a second key is sealed into the same secret, then the first is kept', () => {
    seal(
      parseSealArgs(
        [
          '--env',
          'staging',
          '--name',
          'api-secrets',
          '--from-literal',
          'ADMIN_EMAIL=a@b.invalid',
          '--cert',
          certPath,
        ],
        ROOT,
      ),
      join(dir, 'sealed'),
    );
    const [file] = loadSealed(join(dir, 'sealed'), 'dhakacart-staging');
    expect(Object.keys(file!.encryptedData)).toEqual(['ADMIN_EMAIL', 'JWT_SECRET']);
  });

  it.each([
    [['--name', 'x', '--from-literal', 'A=1'], 'give exactly one of --env or --namespace'],
    [['--env', 'qa', '--name', 'x', '--from-literal', 'A=1'], '--env must be one of staging, production'],
    [['--env', 'staging', '--name', 'Bad_Name', '--from-literal', 'A=1'], '--name must be a DNS label'],
    [
      ['--env', 'staging', '--name', 'x', '--from-literal', 'no-equals-sign'],
      '--from-literal expects KEY=VALUE',
    ],
    [['--env', 'staging', '--name', 'x'], 'nothing to seal'],
  ])('when called with %j, then it refuses with a usage error and writes nothing', (args, message) => {
    const sealedDir = join(dir, 'refused');
    expect(() => seal(parseSealArgs([...args, '--cert', certPath], ROOT), sealedDir)).toThrow(UsageError);
    expect(() => parseSealArgs([...args, '--cert', certPath], ROOT)).toThrow(message);
    expect(existsSync(sealedDir)).toBe(false);
  });

  it('when the committed sealed files are read, then each holds values wrapped for the committed 4096-bit certificate', () => {
    const cert = readFileSync(join(ROOT, 'argocd/sealed-secrets/cert.pem'), 'utf8');
    expect(cert).toContain('BEGIN CERTIFICATE');
    for (const namespace of ['dhakacart-staging', 'dhakacart', 'monitoring']) {
      const files = loadSealed(paths.sealed, namespace);
      expect(files.length).toBe(1);
      for (const value of Object.values(files[0]!.encryptedData))
        expect(Buffer.from(value, 'base64').readUInt16BE(0)).toBe(512);
    }
  });
});
