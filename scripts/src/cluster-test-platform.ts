import { parseArgs } from 'node:util';
import { formatPlan, platformPlan } from './cluster-test/platform-plan';

const USAGE = `Usage: npm run --silent cluster-test-platform -- --applications <dir> --values-dir <dir> [--skip <name>]... [--repository <url>]

Prints, in sync-wave order, how to install the platform Applications of <dir> (argocd/<env>/platform)
without Argo CD: one tab-separated line per Application,
  helm <release> <namespace> <chart-ref> <repo|-> <version> <values-file|->
  manifests <name> <namespace> <path-or-remote-kustomization>
Default repository: https://github.com/dhakacart/dhakacart.git (its paths are applied locally).`;

try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      applications: { type: 'string' },
      'values-dir': { type: 'string' },
      skip: { type: 'string', multiple: true },
      repository: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.applications || !values['values-dir'])
    throw new Error('--applications and --values-dir are required');
  const steps = platformPlan(values.applications, {
    skip: values.skip ?? [],
    repositoryUrl: values.repository ?? 'https://github.com/dhakacart/dhakacart.git',
    valuesDir: values['values-dir'],
  });
  console.log(formatPlan(steps));
} catch (error) {
  console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
  process.exitCode = 2;
}
