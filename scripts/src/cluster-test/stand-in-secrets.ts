import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

interface SealedSecret {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  spec?: {
    encryptedData?: Record<string, string>;
    template?: { type?: string; metadata?: Record<string, unknown> };
  };
}

/** A Secret with random values standing in for each SealedSecret under distDir (same name, namespace, keys). */
export function standInSecrets(distDir: string): Record<string, unknown>[] {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && /\.ya?ml$/.test(e.name),
  );
  return files.flatMap((entry) =>
    parseAllDocuments(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
      .map((doc) => doc.toJS() as SealedSecret | null)
      .filter((object): object is SealedSecret => object?.kind === 'SealedSecret')
      .map((sealed) => ({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          name: sealed.metadata?.name,
          namespace: sealed.metadata?.namespace,
          labels: { 'dhakacart.com.bd/cluster-test-stand-in': 'true' },
        },
        type: sealed.spec?.template?.type ?? 'Opaque',
        stringData: Object.fromEntries(
          Object.keys(sealed.spec?.encryptedData ?? {}).map((key) => [key, randomBytes(24).toString('hex')]),
        ),
      })),
  );
}
