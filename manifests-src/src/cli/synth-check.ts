import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OWNED_FOLDERS, repositoryPaths } from '../lib/paths';
import { synthesize, writeFiles } from '../synthesize';

/** Fails (exit 1) and prints the diff when the committed output differs from a fresh synth. */
const paths = repositoryPaths(resolve(import.meta.dirname, '../../..'));
const fresh = mkdtempSync(join(tmpdir(), 'dhakacart-synth-'));
try {
  writeFiles(fresh, synthesize(paths));
  let drift = false;
  for (const folder of OWNED_FOLDERS) {
    const diff = spawnSync('diff', ['-ruN', join(paths.root, folder), join(fresh, folder)], {
      encoding: 'utf8',
    });
    if (diff.status !== 0) {
      drift = true;
      process.stdout.write(
        diff.stdout.replaceAll(fresh, '<fresh synth>').replaceAll(paths.root, '<repository>'),
      );
    }
  }
  if (drift) {
    console.error(
      'synth:check: the committed output differs from a fresh synth (diff above). Run `npm run synth` and commit.',
    );
    process.exitCode = 1;
  } else {
    console.log('synth:check: committed output matches a fresh synth');
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
