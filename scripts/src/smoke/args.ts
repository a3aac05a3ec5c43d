import { parseArgs } from 'node:util';
import { UsageError } from '../lib/usage-error';

export const SMOKE_USAGE = `Usage: npm run smoke-test -- --base-url <url> [options]

Checks a running DhakaCart API: health, readiness, catalog, a product page,
a cart round trip and metrics. Exits 0 when every check passes, 1 otherwise.

Options:
  --base-url <url>      API base URL, e.g. http://127.0.0.1:3000 (required)
  --timeout-ms <n>      per-request timeout in milliseconds (default 5000)
  --wait-seconds <n>    wait up to n seconds for /readyz before checking (default 0)
  --format <text|json>  report format on stdout (default text)
  --help                print this message`;

export interface SmokeOptions {
  readonly baseUrl: URL;
  /** @default 5000 */
  readonly timeoutMs: number;
  /** @default 0 */
  readonly waitSeconds: number;
  /** @default 'text' */
  readonly format: 'text' | 'json';
}

export type ParsedSmokeArgs = { readonly help: true } | ({ readonly help: false } & SmokeOptions);

export function parseSmokeArgs(argv: readonly string[]): ParsedSmokeArgs {
  const { values } = parseStrict(argv);
  if (values.help) return { help: true };
  return {
    help: false,
    baseUrl: parseBaseUrl(values['base-url']),
    timeoutMs: parseInteger('--timeout-ms', values['timeout-ms'], 5000, 1, 120_000),
    waitSeconds: parseInteger('--wait-seconds', values['wait-seconds'], 0, 0, 3600),
    format: parseFormat(values.format),
  };
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'base-url': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'wait-seconds': { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseBaseUrl(raw: string | undefined): URL {
  if (raw === undefined) throw new UsageError('--base-url is required');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--base-url must be an absolute URL (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--base-url must use http or https (got "${raw}")`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(`--base-url must not carry a query or fragment (got "${raw}")`);
  }
  return url;
}

function parseInteger(
  flag: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new UsageError(`${flag} must be between ${min} and ${max} (got ${value})`);
  return value;
}

function parseFormat(raw: string | undefined): 'text' | 'json' {
  if (raw === undefined || raw === 'text' || raw === 'json') return raw ?? 'text';
  throw new UsageError(`--format must be "text" or "json" (got "${raw}")`);
}
