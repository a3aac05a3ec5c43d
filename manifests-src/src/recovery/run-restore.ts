import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecovery } from '../config/recovery';
import type { RepositoryPaths } from '../lib/paths';
import { synthesize, writeFiles } from '../synthesize';
import { applyRequest, parseRestoreArgs, type RestoreRequest } from './restore-command';

/**
 * Writes the request into database-recovery.json and synthesizes; when synth refuses (a schema,
 * a name), the file is put back as it was and nothing under dist/ changes.
 */
/** The restore or switch of one environment, written into database-recovery.json and dist/. */
export function runRestore(paths: RepositoryPaths, argv: string[], now: Date): RestoreRequest {
  const file = join(paths.config, 'database-recovery.json');
  const before = readFileSync(file, 'utf8');
  const request = parseRestoreArgs(argv, loadRecovery(file), now);
  writeFileSync(file, `${JSON.stringify(applyRequest(loadRecovery(file), request), null, 2)}\n`);
  let files: Map<string, string>;
  try {
    files = synthesize(paths);
  } catch (error) {
    writeFileSync(file, before);
    throw error;
  }
  writeFiles(paths.root, files);
  return request;
}
