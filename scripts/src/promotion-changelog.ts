import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderChangelog } from './changelog/render';
import { ENVIRONMENTS, IMAGES_FILE, isEnvName, readImagesFile, type EnvName } from './lib/images';

const USAGE = `Usage: npm run promotion-changelog -- --from <env> --to <env> [--out <file>] [--images-file <path>]

Lists, as Markdown, the commits a promotion brings: for each image, those between the source
commit of the image <to> runs and that of the image <from> runs. Environments: ${ENVIRONMENTS.join(', ')}.
Default images file: ${IMAGES_FILE} (run from the repository root).`;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'images-file': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const from = parseEnv('--from', values.from);
  const to = parseEnv('--to', values.to);
  if (typeof from !== 'string') return from;
  if (typeof to !== 'string') return to;
  if (from === to) return usageError(`--from and --to must differ (both are ${from})`);
  const imagesFile = values['images-file'] ?? IMAGES_FILE;
  const markdown = renderChangelog({
    repo: process.cwd(),
    imagesFile: path.relative(process.cwd(), path.resolve(imagesFile)),
    images: readImagesFile(imagesFile),
    from,
    to,
  });
  if (values.out) writeFileSync(values.out, markdown);
  else process.stdout.write(markdown);
  return 0;
}

function parseEnv(flag: string, raw: string | undefined): EnvName | number {
  if (isEnvName(raw)) return raw;
  return usageError(
    `${flag} must be one of ${ENVIRONMENTS.join(', ')} (got ${raw === undefined ? 'nothing' : `"${raw}"`})`,
  );
}

function usageError(message: string): number {
  console.error(`error: ${message}\n\n${USAGE}`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
