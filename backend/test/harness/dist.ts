import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The synthesized manifests (`npm run synth`), read by tests that must agree with what is deployed. */
export const distDir = path.resolve(__dirname, '../../../dist');

/** One object of `dist/<env>/<chart>/<Kind>.<name>.yaml`. */
export function readDist<T = Record<string, unknown>>(
  env: string,
  chart: string,
  kind: string,
  name: string,
): T {
  const file = path.join(distDir, env, chart, `${kind}.${name}.yaml`);
  return parse(readFileSync(file, 'utf8')) as T;
}
