import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RuleGroupJson } from '../../src/alerts/rules';

/** Debian's `prometheus` package (scripts/install-test-deps.sh); override with PROMTOOL=/path. */
export const PROMTOOL = process.env.PROMTOOL ?? 'promtool';

export interface Series {
  /** `metric{label="value", ...}` */
  readonly series: string;
  /** promtool's expanding notation, e.g. `1x10 0x20`, or space-separated numbers. */
  readonly values: string;
}

export interface AlertCheck {
  readonly eval_time: string;
  readonly alertname: string;
  readonly exp_alerts: { exp_labels: Record<string, string>; exp_annotations: Record<string, string> }[];
}

export interface PromtoolTestGroup {
  readonly name: string;
  readonly interval: string;
  readonly input_series: readonly Series[];
  readonly alert_rule_test: readonly AlertCheck[];
}

/** Runs `promtool test rules` on the given rule groups and test groups; returns its verdict. */
export function promtoolTest(
  groups: readonly RuleGroupJson[],
  evaluationInterval: string,
  tests: readonly PromtoolTestGroup[],
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dhakacart-rules-'));
  try {
    writeFileSync(join(dir, 'rules.yaml'), stringify({ groups }));
    writeFileSync(
      join(dir, 'test.yaml'),
      stringify(
        { rule_files: ['rules.yaml'], evaluation_interval: evaluationInterval, tests },
        { lineWidth: 0 },
      ),
    );
    const run = spawnSync(PROMTOOL, ['test', 'rules', 'test.yaml'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
