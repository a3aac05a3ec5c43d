import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compareTrees } from './dist-diff/compare';
import { renderMarkdown } from './dist-diff/markdown';

const USAGE = `Usage: npm run dist-diff -- --base <dir> --head <dir> [--out <file>]

Writes, as Markdown, the diff between two rendered dist/ trees (a missing --base counts as empty).
Prints to stdout without --out.`;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        out: { type: 'string' },
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
  if (!values.base || !values.head) return usageError('--base and --head are required');
  const markdown = renderMarkdown(compareTrees(values.base, values.head));
  if (values.out) writeFileSync(values.out, markdown);
  else process.stdout.write(markdown);
  return 0;
}

function usageError(message: string): number {
  console.error(`error: ${message}\n\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
