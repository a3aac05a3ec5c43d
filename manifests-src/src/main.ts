import { resolve } from 'node:path';
import { repositoryPaths } from './lib/paths';
import { synthesize, writeFiles } from './synthesize';

// Environments → charts → dist/<env>/<chart>/, argocd/, policies/admission/. See synthesize.ts.
const paths = repositoryPaths(resolve(import.meta.dirname, '../..'));
try {
  const files = synthesize(paths);
  writeFiles(paths.root, files);
  console.log(`synth: wrote ${files.size} files`);
} catch (error) {
  console.error(`synth failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
