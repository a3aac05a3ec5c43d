import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from './lib/cli';
import { checkReference, ENVIRONMENTS, isEnvName, readImages, writeImages, type EnvName } from './lib/images';
import { runSynth } from './lib/synth';
import { HelpRequested, UsageError } from './lib/usage-error';

const USAGE = `Usage: npm run bump -- --env <${ENVIRONMENTS.join('|')}> --image <name>=<reference> [--image ...]

Sets the image references of one environment in manifests-src/src/config/images.json and
re-synthesizes dist/. References are ghcr.io/dhakacart/<name>@sha256:<64 hex>. Running it
again with the same arguments changes nothing.
  e.g. npm run bump -- --env staging --image api=ghcr.io/dhakacart/api@sha256:<digest>`;

interface BumpRequest {
  readonly env: EnvName;
  readonly images: ReadonlyMap<string, string>;
}

function parse(argv: string[], known: readonly string[]): BumpRequest {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      env: { type: 'string' },
      image: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new HelpRequested();
  if (!isEnvName(values.env))
    throw new UsageError(`--env must be one of ${ENVIRONMENTS.join(', ')} (got ${values.env ?? 'nothing'})`);
  if (!values.image?.length) throw new UsageError('give at least one --image <name>=<reference>');
  const images = new Map<string, string>();
  for (const pair of values.image) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    if (at < 1) throw new UsageError(`--image expects <name>=<reference> (got ${pair})`);
    if (!known.includes(name))
      throw new UsageError(`unknown image ${name}: known images are ${known.join(', ')}`);
    if (images.has(name)) throw new UsageError(`image ${name} is given twice`);
    checkReference(name, pair.slice(at + 1));
    images.set(name, pair.slice(at + 1));
  }
  return { env: values.env, images };
}

function main(): void {
  const root = resolve(__dirname, '../..');
  const current = readImages(root);
  const request = parse(process.argv.slice(2), Object.keys(current[ENVIRONMENTS[0]]));
  const next = {
    ...current,
    [request.env]: { ...current[request.env], ...Object.fromEntries(request.images) },
  };
  const changed = writeImages(root, next);
  for (const [name, reference] of request.images)
    console.log(`${request.env} ${name}: ${reference}${changed ? '' : ' (unchanged)'}`);
  try {
    runSynth(root);
  } catch (error) {
    if (changed) writeImages(root, current);
    throw error;
  }
}

runCli(USAGE, main);
