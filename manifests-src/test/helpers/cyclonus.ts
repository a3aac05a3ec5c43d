import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { K8sObject } from './repository';
import { ROOT } from './repository';

/** One side of a connection, as cyclonus's `query-traffic` reads it (pkg/matcher/traffic.go). */
export interface TrafficPeer {
  readonly Internal?: {
    readonly PodLabels: Record<string, string>;
    readonly NamespaceLabels: Record<string, string>;
    readonly Namespace: string;
  };
  readonly IP: string;
}

export interface Traffic {
  readonly Source: TrafficPeer;
  readonly Destination: TrafficPeer;
  readonly ResolvedPort: number;
  readonly ResolvedPortName: string;
  readonly Protocol: 'TCP' | 'UDP';
}

/**
 * The cyclonus checks run unless DHAKACART_CYCLONUS=0: the first run on a machine builds it
 * (about 2 minutes of CPU) under the heavy-build lock, which other builds may hold for long.
 * cyclonus wants spec.policyTypes written out (the API server defaults it; dist/ always has it).
 */
export const CYCLONUS_ENABLED = process.env.DHAKACART_CYCLONUS !== '0';
/** The first run on a machine builds cyclonus, possibly after another heavy build holds the lock. */
export const CYCLONUS_BUILD_MS = 20 * 60_000;

/** Builds (once per version, cached) and returns the cyclonus binary; see scripts/ensure-cyclonus.sh. */
export function cyclonusBinary(): string {
  return execFileSync('bash', [join(ROOT, 'scripts/ensure-cyclonus.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

/**
 * Asks cyclonus whether each connection is allowed by the policies (egress of the source and
 * ingress of the destination, both required), in one run. Returns one boolean per traffic, in order.
 */
export function allowed(
  binary: string,
  policies: readonly K8sObject[],
  traffics: readonly Traffic[],
): boolean[] {
  if (traffics.length === 0) return [];
  // No policy at all selects no pod: every connection is open.
  if (policies.length === 0) return traffics.map(() => true);
  const dir = mkdtempSync(join(tmpdir(), 'cyclonus-'));
  try {
    const policyDir = join(dir, 'policies');
    mkdirSync(policyDir);
    policies.forEach((p, i) => writeFileSync(join(policyDir, `${i}.yaml`), stringify(p)));
    writeFileSync(join(dir, 'traffic.json'), JSON.stringify(traffics));
    const output = execFileSync(
      binary,
      [
        'analyze',
        '--mode',
        'query-traffic',
        '--policy-path',
        policyDir,
        '--traffic-path',
        join(dir, 'traffic.json'),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    return parseVerdicts(output, traffics.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The footer of each "Is traffic allowed?" table, `| IS ALLOWED? |  TRUE  |` (pkg/matcher/policy.go;
 * tablewriter v0.0.5 upper-cases footers), one per query, in query order.
 */
export function parseVerdicts(output: string, expected: number): boolean[] {
  const verdicts = [...output.matchAll(/IS ALLOWED\?\s*\|\s*(TRUE|FALSE)\b/gi)].map(
    (m) => m[1]!.toUpperCase() === 'TRUE',
  );
  if (verdicts.length !== expected)
    throw new Error(
      `cyclonus answered ${verdicts.length} of ${expected} traffic queries:\n${output.slice(0, 2000)}`,
    );
  return verdicts;
}
