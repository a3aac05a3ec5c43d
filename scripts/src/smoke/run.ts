import { SMOKE_CHECKS, type SmokeCheck, type SmokeState } from './checks';
import { CheckFailure, ShopClient } from './http';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
  readonly durationMs: number;
}

export interface SmokeReport {
  readonly baseUrl: string;
  readonly ok: boolean;
  readonly results: readonly CheckResult[];
}

export interface RunSmokeOptions {
  readonly baseUrl: URL;
  readonly timeoutMs: number;
  /** @default 0 */
  readonly waitSeconds?: number;
  /** @default SMOKE_CHECKS */
  readonly checks?: readonly SmokeCheck[];
}

/** Runs every check in order; a check whose prerequisite did not pass is skipped, never run blind. */
export async function runSmokeTest(options: RunSmokeOptions): Promise<SmokeReport> {
  const client = new ShopClient(options.baseUrl, options.timeoutMs);
  await waitUntilReady(client, options.waitSeconds ?? 0);
  const state: SmokeState = {};
  const results: CheckResult[] = [];
  for (const check of options.checks ?? SMOKE_CHECKS) {
    results.push(await runOne(check, client, state, results));
  }
  return { baseUrl: options.baseUrl.href, ok: results.every((r) => r.status === 'pass'), results };
}

async function runOne(
  check: SmokeCheck,
  client: ShopClient,
  state: SmokeState,
  earlier: readonly CheckResult[],
): Promise<CheckResult> {
  const blocked = (check.needs ?? []).filter(
    (need) => earlier.find((r) => r.name === need)?.status !== 'pass',
  );
  if (blocked.length > 0) {
    return {
      name: check.name,
      status: 'skip',
      detail: `not run: needs ${blocked.join(', ')} to pass first`,
      durationMs: 0,
    };
  }
  const started = performance.now();
  try {
    const detail = await check.run(client, state);
    return { name: check.name, status: 'pass', detail, durationMs: elapsed(started) };
  } catch (error) {
    const detail = error instanceof CheckFailure ? error.message : `unexpected error: ${String(error)}`;
    return { name: check.name, status: 'fail', detail, durationMs: elapsed(started) };
  }
}

async function waitUntilReady(client: ShopClient, waitSeconds: number): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  while (Date.now() < deadline) {
    const ready = await client.request('GET', '/readyz').then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
