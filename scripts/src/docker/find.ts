import { readdirSync } from 'node:fs';
import path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', '.tmp', '.data', 'dist', 'build']);

/** Every Dockerfile in the repository (Dockerfile, *.Dockerfile), relative to the root. */
export function findDockerfiles(repoRoot: string, dir = ''): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : findDockerfiles(repoRoot, relative);
    return entry.name === 'Dockerfile' || entry.name.endsWith('.Dockerfile') ? [relative] : [];
  });
}
