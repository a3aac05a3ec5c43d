import {
  constants,
  createCipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';

/** Sealed Secrets' AES-256-GCM uses a fresh key per value, so a fixed all-zero nonce is safe (as kubeseal does). */
const NONCE = Buffer.alloc(12, 0);
const SESSION_KEY_BYTES = 32;

/** Strict scope: the ciphertext only opens as this exact name in this exact namespace. */
export function strictLabel(namespace: string, name: string): Buffer {
  return Buffer.from(`${namespace}/${name}`);
}

/** The controller's public key from its certificate (`kubeseal --fetch-cert`) or a bare public key PEM. */
export function publicKeyFromPem(pem: string): KeyObject {
  const key = pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
  if (key.asymmetricKeyType !== 'rsa')
    throw new Error(`the sealing key must be RSA (got ${key.asymmetricKeyType})`);
  return key;
}

/**
 * kubeseal's hybrid encryption: RSA-OAEP (SHA-256, label = scope) wraps a random AES-256 key;
 * output = 2-byte big-endian length of the wrapped key, the wrapped key, then AES-GCM ciphertext
 * with its tag; base64 (standard alphabet) as in a SealedSecret's encryptedData.
 */
export function sealValue(publicKey: KeyObject, label: Buffer, plaintext: Buffer): string {
  const sessionKey = randomBytes(SESSION_KEY_BYTES);
  const wrappedKey = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: label },
    sessionKey,
  );
  const cipher = createCipheriv('aes-256-gcm', sessionKey, NONCE);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(wrappedKey.length);
  return Buffer.concat([length, wrappedKey, body]).toString('base64');
}
