import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { environments } from '../config/environments';
import { sealableNamespaces, sealedFileSchema, sealedPath, type SealedFile } from '../config/sealed';
import { ENV_NAMES, type EnvName } from '../config/schema';
import { repositoryPaths, sealingCertificate } from '../lib/paths';
import { publicKeyFromPem, sealValue, strictLabel } from './kubeseal';

export const SEAL_USAGE = `Usage: npm run seal -- --env <staging|production> [--namespace <ns>] --name <secret>
                        (--from-literal KEY=VALUE | --from-file KEY=PATH)... [--cert <pem>]

Encrypts each value for the Sealed Secrets controller of that environment's cluster (strict
scope: only <ns>/<secret> can open it) and merges it into
manifests-src/src/config/sealed/<env>/<ns>/<secret>.json. Then run \`npm run synth\`.
--namespace defaults to the environment's own; a platform namespace (monitoring, argocd, ...)
seals a cluster-wide secret of that cluster. --cert defaults to argocd/sealed-secrets/<env>.pem.`;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const KEY = /^[A-Za-z0-9_.-]+$/;

export class UsageError extends Error {}

/** `--help` was given: print the usage and exit 0. */
export class HelpRequested extends Error {}

export interface SealRequest {
  readonly env: EnvName;
  readonly namespace: string;
  readonly name: string;
  readonly certPath: string;
  readonly values: ReadonlyMap<string, Buffer>;
}

/** Parses and validates the command line; throws UsageError naming the bad flag. */
export function parseSealArgs(argv: string[], root: string): SealRequest {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      env: { type: 'string' },
      namespace: { type: 'string' },
      name: { type: 'string' },
      cert: { type: 'string' },
      'from-literal': { type: 'string', multiple: true },
      'from-file': { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new HelpRequested();
  if (values.env === undefined)
    throw new UsageError(`--env is required: each cluster has its own key (${ENV_NAMES.join(', ')})`);
  if (!ENV_NAMES.includes(values.env as EnvName))
    throw new UsageError(`--env must be one of ${ENV_NAMES.join(', ')} (got ${values.env})`);
  const env = values.env as EnvName;
  const namespace = values.namespace ?? environments[env].namespace;
  if (!DNS_LABEL.test(namespace)) throw new UsageError(`--namespace must be a DNS label (got ${namespace})`);
  const allowed = sealableNamespaces(env);
  if (!allowed.includes(namespace))
    throw new UsageError(
      `--namespace ${namespace} is not in the ${env} cluster: one of ${allowed.join(', ')} (another environment's namespace is sealed with --env of that environment)`,
    );
  if (!values.name || !DNS_LABEL.test(values.name))
    throw new UsageError(`--name must be a DNS label (got ${values.name ?? 'nothing'})`);
  const secretValues = new Map<string, Buffer>();
  const add = (pair: string, flag: string, read: (v: string) => Buffer) => {
    const at = pair.indexOf('=');
    const key = pair.slice(0, at);
    if (at < 1 || !KEY.test(key))
      throw new UsageError(`${flag} expects KEY=VALUE with KEY of [A-Za-z0-9_.-] (got ${pair.slice(0, 40)})`);
    if (secretValues.has(key)) throw new UsageError(`${key} is given twice`);
    secretValues.set(key, read(pair.slice(at + 1)));
  };
  for (const pair of values['from-literal'] ?? []) add(pair, '--from-literal', (v) => Buffer.from(v));
  for (const pair of values['from-file'] ?? []) {
    add(pair, '--from-file', (path) => {
      if (!existsSync(path)) throw new UsageError(`--from-file: ${path} does not exist`);
      return readFileSync(path);
    });
  }
  if (secretValues.size === 0)
    throw new UsageError('nothing to seal: give at least one --from-literal or --from-file');
  const certPath = values.cert ?? sealingCertificate(repositoryPaths(root), env);
  if (!existsSync(certPath)) throw new UsageError(`--cert: certificate ${certPath} does not exist`);
  return { env, namespace, name: values.name, certPath, values: secretValues };
}

/** Seals every value and merges it into the sealed file (other keys are kept). Returns the file's path. */
export function seal(request: SealRequest, sealedDir: string): string {
  const key = publicKeyFromPem(readFileSync(request.certPath, 'utf8'));
  const path = sealedPath(sealedDir, request.env, request.namespace, request.name);
  const existing: SealedFile = existsSync(path)
    ? sealedFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    : { name: request.name, namespace: request.namespace, scope: 'strict', encryptedData: {} };
  const label = strictLabel(request.namespace, request.name);
  const encryptedData = { ...existing.encryptedData };
  for (const [k, value] of request.values) encryptedData[k] = sealValue(key, label, value);
  const sorted = Object.fromEntries(Object.entries(encryptedData).sort(([a], [b]) => a.localeCompare(b)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...existing, encryptedData: sorted }, null, 2)}\n`);
  return path;
}
