import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNBOOK_BASE } from '../src/alerts/rules';
import { ROOT } from './helpers/repository';
import { alertsOf, shippedRules } from './helpers/rules';

const RUNBOOKS = join(ROOT, 'docs/runbooks');
const SECTIONS = ['## Meaning', '## Confirm', '## Mitigate', '## Escalate'];

describe('alert rules in dist/', () => {
  const alerts = alertsOf(shippedRules());
  const names = new Set(alerts.map((a) => a.alert!));

  it("when dist/ is read, then both environments and both clusters' cluster folders ship alerts", () => {
    const paths = new Set(
      alerts.map((a) =>
        a.path
          .split('/')
          .slice(0, a.path.startsWith('dist/cluster/') ? 3 : 2)
          .join('/'),
      ),
    );
    expect([...paths].sort()).toEqual([
      'dist/cluster/production',
      'dist/cluster/staging',
      'dist/production',
      'dist/staging',
    ]);
  });

  it('when any alert is read, then it has a severity, a summary, a description and its runbook link', () => {
    const incomplete = alerts.filter(
      (a) =>
        !['critical', 'warning', 'none'].includes(a.labels?.severity ?? '') ||
        !a.annotations?.summary ||
        !a.annotations?.description ||
        a.annotations?.runbook_url !== `${RUNBOOK_BASE}/${a.alert}.md`,
    );
    expect(incomplete.map((a) => `${a.path}: ${a.alert}`)).toEqual([]);
  });

  it('when any alert is read, then its runbook exists and says meaning, confirm, mitigate and escalate', () => {
    const files = new Set(readdirSync(RUNBOOKS));
    const problems = [...names].flatMap((name) => {
      if (!files.has(`${name}.md`)) return [`${name}: no docs/runbooks/${name}.md`];
      const text = readFileSync(join(RUNBOOKS, `${name}.md`), 'utf8');
      return SECTIONS.filter((s) => !text.includes(`\n${s}\n`)).map((s) => `${name}: no "${s}"`);
    });
    expect(problems).toEqual([]);
  });

  it('when docs/runbooks is listed, then every file belongs to an alert, is the index, or is a procedure an alert runbook links', () => {
    const files = readdirSync(RUNBOOKS).filter((f) => f.endsWith('.md'));
    const linked = new Set(
      [...names].flatMap((name) =>
        [...readFileSync(join(RUNBOOKS, `${name}.md`), 'utf8').matchAll(/\]\(([\w.-]+\.md)\)/g)].map(
          (m) => m[1],
        ),
      ),
    );
    const orphans = files.filter(
      (f) => f !== 'README.md' && !names.has(f.replace(/\.md$/, '')) && !linked.has(f),
    );
    expect(orphans).toEqual([]);
  });

  it('when the runbook index is read, then it lists every alert', () => {
    const index = readFileSync(join(RUNBOOKS, 'README.md'), 'utf8');
    expect([...names].filter((name) => !index.includes(`[${name}](${name}.md)`))).toEqual([]);
  });
});
