import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { infrastructure as committed } from '../config/infrastructure';
import {
  fromTerraformOutput,
  renderInfrastructureModule,
  type Infrastructure,
  type InfrastructureOutputs,
} from '../config/infrastructure-schema';
import { ENV_NAMES, type EnvName } from '../config/schema';

const USAGE = `Usage: npm run infra:config -- [--env staging|production] [--from-dir <dir>] [--check]
  Writes manifests-src/src/config/infrastructure.ts from \`tofu output -json manifests\` of terraform/envs/<env>
  (every environment unless --env names one).
  --from-dir <dir>  read <dir>/<env>.json (that command's output) instead of running tofu
  --check           compare instead of writing: exit 1 naming each field that differs`;

const root = resolve(import.meta.dirname, '../../..');
const target = join(root, 'manifests-src/src/config/infrastructure.ts');

function readOutput(env: EnvName, fromDir: string | undefined): unknown {
  const text = fromDir
    ? readFileSync(join(fromDir, `${env}.json`), 'utf8')
    : execFileSync(
        'bash',
        ['scripts/infra/tofu.sh', `-chdir=terraform/envs/${env}`, 'output', '-json', 'manifests'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
  return JSON.parse(text);
}

/** Dotted paths whose values differ, e.g. `staging.databaseBackups.bucket: "a" != "b"`. */
function differences(prefix: string, want: unknown, got: unknown): string[] {
  if (want !== null && got !== null && typeof want === 'object' && typeof got === 'object') {
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    return [...keys].flatMap((k) =>
      differences(
        `${prefix}.${k}`,
        (want as Record<string, unknown>)[k],
        (got as Record<string, unknown>)[k],
      ),
    );
  }
  return JSON.stringify(want) === JSON.stringify(got)
    ? []
    : [`${prefix}: terraform has ${JSON.stringify(want)}, the config has ${JSON.stringify(got)}`];
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        env: { type: 'string' },
        'from-dir': { type: 'string' },
        check: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.env !== undefined && !(ENV_NAMES as readonly string[]).includes(args.env)) {
    console.error(`--env must be one of ${ENV_NAMES.join(', ')} (got ${args.env})\n${USAGE}`);
    return 2;
  }
  const envs = args.env ? [args.env as EnvName] : [...ENV_NAMES];
  const fresh: Record<string, InfrastructureOutputs> = { ...committed };
  try {
    for (const env of envs) fresh[env] = fromTerraformOutput(env, readOutput(env, args['from-dir']));
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (args.check) {
    const diffs = envs.flatMap((env) => differences(env, fresh[env], committed[env]));
    if (diffs.length > 0) {
      console.error(`infra:config: the config differs from terraform's outputs\n  ${diffs.join('\n  ')}`);
      return 1;
    }
    console.log(`infra:config: ${envs.join(', ')} match terraform's outputs`);
    return 0;
  }
  // Formatted as the repository formats TypeScript, so `npm run format:check` stays clean.
  const options = { ...(await resolveConfig(target)), filepath: target };
  writeFileSync(target, await format(renderInfrastructureModule(fresh as Infrastructure), options));
  console.log(`infra:config: wrote ${target} (${envs.join(', ')}); run npm run synth next`);
  return 0;
}

process.exitCode = await main();
