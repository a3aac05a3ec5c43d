import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { standInSecrets } from './cluster-test/stand-in-secrets';

const USAGE = `Usage: npm run --silent cluster-test-secrets -- --dist <dist/env folder>

For a throwaway test cluster only: prints a Secret with random values for every SealedSecret in
the folder (same name, namespace and keys), since a test cluster cannot open secrets sealed for
the real one.`;

try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { dist: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) console.log(USAGE);
  else if (!values.dist) throw new Error('--dist is required');
  else
    process.stdout.write(
      standInSecrets(values.dist)
        .map((secret) => `---\n${stringify(secret)}`)
        .join(''),
    );
} catch (error) {
  console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
  process.exitCode = 2;
}
