import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isGitRepository } from './changelog/history';
import { imageChangelog, type ChangelogOptions } from './changelog/render';
import { runCli } from './lib/cli';
import { digestOf, ENVIRONMENTS, IMAGES_FILE, isEnvName, readImages, writeImages } from './lib/images';
import { runSynth } from './lib/synth';
import { HelpRequested, UsageError } from './lib/usage-error';

const USAGE = `Usage: npm run promote -- [--from staging] [--to production] [--dry-run]

Copies the image references of --from to --to in manifests-src/src/config/images.json,
re-synthesizes dist/, and prints a Markdown summary with, per image, the commits under its
component folder between the source commits of the two digests (the Source-Commit trailer of
the deploy commit that wrote each digest, as promotion-changelog lists them). --dry-run only prints.`;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      from: { type: 'string', default: 'staging' },
      to: { type: 'string', default: 'production' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new HelpRequested();
  if (!isEnvName(values.from))
    throw new UsageError(`--from must be one of ${ENVIRONMENTS.join(', ')} (got ${values.from})`);
  if (!isEnvName(values.to))
    throw new UsageError(`--to must be one of ${ENVIRONMENTS.join(', ')} (got ${values.to})`);
  if (values.from === values.to) throw new UsageError(`--from and --to must differ (both ${values.to})`);
  return { from: values.from, to: values.to, dryRun: values['dry-run'] };
}

function main(): void {
  const root = resolve(__dirname, '../..');
  const { from, to, dryRun } = parse(process.argv.slice(2));
  const images = readImages(root); // validated: every reference of every environment by digest
  const changes = Object.keys(images[from]).filter((name) => images[from][name] !== images[to][name]);

  console.log(`## Promote ${from} → ${to}\n`);
  if (changes.length === 0) console.log(`${to} already runs ${from}'s images.`);
  for (const name of changes) {
    const before = images[to][name]!;
    const after = images[from][name]!;
    console.log(`### ${name}\n\n- ${to}: \`${digestOf(before)}\`\n- ${from}: \`${digestOf(after)}\`\n`);
    console.log(changelogOf({ repo: root, imagesFile: IMAGES_FILE, images, from, to }, name));
  }
  if (dryRun || changes.length === 0) return;
  writeImages(root, { ...images, [to]: { ...images[to], ...images[from] } });
  runSynth(root);
}

/** The shared changelog of one image; a reason instead when the git history cannot give it. */
function changelogOf(options: ChangelogOptions, name: string): string {
  if (!isGitRepository(options.repo)) return 'Changelog unavailable: not a git repository.\n';
  try {
    return imageChangelog(options, name);
  } catch (error) {
    return `Changelog unavailable: ${(error as Error).message.split('\n')[0] ?? 'git failed'}.\n`;
  }
}

runCli(USAGE, main);
