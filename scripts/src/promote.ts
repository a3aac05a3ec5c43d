import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { changelog } from './lib/changelog';
import { runCli } from './lib/cli';
import {
  checkReference,
  digestOf,
  ENV_NAMES,
  isEnvName,
  readImages,
  UsageError,
  writeImages,
} from './lib/images';
import { runSynth } from './lib/synth';

const USAGE = `Usage: npm run promote -- [--from staging] [--to production] [--dry-run]

Copies the image references of --from to --to in manifests-src/src/config/images.json,
re-synthesizes dist/, and prints a Markdown summary with the commits between the two
digests' bump commits (for the promotion pull request's body). --dry-run only prints.`;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      from: { type: 'string', default: 'staging' },
      to: { type: 'string', default: 'production' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!isEnvName(values.from))
    throw new UsageError(`--from must be one of ${ENV_NAMES.join(', ')} (got ${values.from})`);
  if (!isEnvName(values.to))
    throw new UsageError(`--to must be one of ${ENV_NAMES.join(', ')} (got ${values.to})`);
  if (values.from === values.to) throw new UsageError(`--from and --to must differ (both ${values.to})`);
  return { from: values.from, to: values.to, dryRun: values['dry-run'] };
}

function main(): void {
  const root = resolve(__dirname, '../..');
  const { from, to, dryRun } = parse(process.argv.slice(2));
  const images = readImages(root);
  for (const [name, reference] of Object.entries(images[from])) checkReference(name, reference);
  const changes = Object.keys(images[from]).filter((name) => images[from][name] !== images[to][name]);

  console.log(`## Promote ${from} → ${to}\n`);
  if (changes.length === 0) console.log(`${to} already runs ${from}'s images.`);
  for (const name of changes) {
    const before = images[to][name]!;
    const after = images[from][name]!;
    console.log(`### ${name}\n\n- ${to}: \`${digestOf(before)}\`\n- ${from}: \`${digestOf(after)}\`\n`);
    const log = changelog(root, digestOf(before), digestOf(after));
    console.log(
      'unavailable' in log
        ? `Changelog unavailable: ${log.unavailable}.\n`
        : `${log.lines.map((l) => `- ${l}`).join('\n') || '- (no commits in between)'}\n`,
    );
  }
  if (dryRun || changes.length === 0) return;
  writeImages(root, { ...images, [to]: { ...images[to], ...images[from] } });
  runSynth(root);
}

runCli(USAGE, main);
