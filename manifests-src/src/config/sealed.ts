import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { environments } from './environments';
import { parseOrThrow } from './images';
import { platformNamespaces } from './platform';
import { ENV_NAMES, type EnvName } from './schema';

/** One sealed file, written by `npm run seal` and read by the charts: ciphertext only. */
export const sealedFileSchema = z.strictObject({
  name: z.string().min(1),
  namespace: z.string().min(1),
  scope: z.literal('strict'),
  encryptedData: z.record(
    z.string().regex(/^[A-Za-z0-9_.-]+$/),
    z.string().regex(/^[A-Za-z0-9+/]+=*$/, 'must be base64'),
  ),
});
export type SealedFile = z.infer<typeof sealedFileSchema>;

/**
 * Each environment's cluster has its own Sealed Secrets key (ADR 0119), so a value is sealed for
 * one cluster: config/sealed/<env>/<namespace>/<name>.json.
 */
export function sealedPath(sealedDir: string, env: EnvName, namespace: string, name: string): string {
  return join(sealedDir, env, namespace, `${name}.json`);
}

/** Namespaces of an environment's cluster a secret may be sealed for: its own, and the platform's. */
export function sealableNamespaces(env: EnvName): string[] {
  return [environments[env].namespace, ...new Set(Object.values(platformNamespaces))];
}

/** The sealed files of one cluster, split into its environment's namespace and the platform's. */
export interface ClusterSealed {
  readonly environment: SealedFile[];
  readonly platform: SealedFile[];
}

/**
 * Reads config/sealed/<env>/: a folder that is not an environment, or a namespace the cluster
 * does not have (another environment's, say), is an error naming the folder.
 */
export function loadClusterSealed(sealedDir: string, env: EnvName): ClusterSealed {
  if (existsSync(sealedDir)) {
    for (const entry of readdirSync(sealedDir, { withFileTypes: true })) {
      if (!ENV_NAMES.includes(entry.name as EnvName))
        throw new Error(
          `sealed/${entry.name}: not an environment (${ENV_NAMES.join(', ')}); sealed files live at sealed/<env>/<namespace>/<name>.json`,
        );
    }
  }
  const dir = join(sealedDir, env);
  const namespaces = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .map((d) => d.name)
        .sort()
    : [];
  const allowed = sealableNamespaces(env);
  for (const namespace of namespaces) {
    if (!allowed.includes(namespace))
      throw new Error(
        `sealed/${env}/${namespace}: the ${env} cluster has no namespace ${namespace} to seal for (one of ${allowed.join(', ')})`,
      );
  }
  const own = environments[env].namespace;
  return {
    environment: loadSealed(dir, env, own),
    platform: namespaces.filter((n) => n !== own).flatMap((n) => loadSealed(dir, env, n)),
  };
}

function loadSealed(envDir: string, env: EnvName, namespace: string): SealedFile[] {
  const dir = join(envDir, namespace);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const where = `sealed/${env}/${namespace}/${f}`;
      const file = parseOrThrow(sealedFileSchema, JSON.parse(readFileSync(join(dir, f), 'utf8')), where);
      if (file.namespace !== namespace || `${file.name}.json` !== f) {
        throw new Error(
          `${where}: name/namespace (${file.namespace}/${file.name}) do not match the file's path`,
        );
      }
      return file;
    });
}
