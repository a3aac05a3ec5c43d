import { resolve } from 'node:path';
import { repositoryPaths } from '../lib/paths';
import { HelpRequested, parseSealArgs, seal, SEAL_USAGE, UsageError } from '../seal/seal-command';

const paths = repositoryPaths(resolve(import.meta.dirname, '../../..'));
try {
  const request = parseSealArgs(process.argv.slice(2), paths.root);
  const file = seal(request, paths.sealed);
  console.log(
    `sealed ${[...request.values.keys()].join(', ')} for ${request.namespace}/${request.name} into ${file}\nnext: npm run synth`,
  );
} catch (error) {
  if (error instanceof HelpRequested) console.log(SEAL_USAGE);
  else reportError(error);
}

function reportError(error: unknown): void {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`seal: ${(error as Error).message}${usage ? `\n\n${SEAL_USAGE}` : ''}`);
  process.exitCode = usage ? 2 : 1;
}
