import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseOrThrow } from './images';

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

/** Sealed files live at config/sealed/<namespace>/<name>.json. */
export function sealedPath(sealedDir: string, namespace: string, name: string): string {
  return join(sealedDir, namespace, `${name}.json`);
}

/** Namespaces that have sealed files. */
export function sealedNamespaces(sealedDir: string): string[] {
  if (!existsSync(sealedDir)) return [];
  return readdirSync(sealedDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function loadSealed(sealedDir: string, namespace: string): SealedFile[] {
  const dir = join(sealedDir, namespace);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = parseOrThrow(
        sealedFileSchema,
        JSON.parse(readFileSync(join(dir, f), 'utf8')),
        `sealed/${namespace}/${f}`,
      );
      if (file.namespace !== namespace || `${file.name}.json` !== f) {
        throw new Error(
          `sealed/${namespace}/${f}: name/namespace (${file.namespace}/${file.name}) do not match the file's path`,
        );
      }
      return file;
    });
}
