import type { PrometheusRuleJson, RuleGroupJson } from '../src/alerts/rules';
import type { AlertCase } from './alerting/cases';
import { platformAlertCases } from './alerting/platform-cases';
import { type AlertCheck, type PromtoolTestGroup, promtoolTest } from './alerting/promtool';
import { shopAlertCases } from './alerting/shop-cases';
import { sloAlertCases } from './alerting/slo-cases';
import { alertsOf, shippedRules } from './helpers/rules';

/**
 * `promtool test rules` (Debian's prometheus package) on the rule groups shipped in dist/: for
 * every alert, it is still pending one evaluation before it must fire, fires at that time with
 * its labels and rendered annotations, and stays quiet on a blip and on healthy data.
 */
const shipped = shippedRules();
const RULES = {
  shop: shipped.find((r) => r.path.startsWith('dist/production/'))!.groups,
  platform: shipped.find((r) => r.path.startsWith('dist/cluster/production/'))!.groups,
};
const CASES: AlertCase[] = [...shopAlertCases, ...sloAlertCases, ...platformAlertCases];

/** The group the alert is in: its recording rules are in the same group, and one group evaluates fast. */
function groupOf(groups: readonly RuleGroupJson[], alert: string): RuleGroupJson {
  const group = groups.find((g) => g.rules.some((r) => r.alert === alert));
  if (!group) throw new Error(`no alert ${alert} in the shipped rules`);
  return group;
}

function ruleOf(groups: readonly RuleGroupJson[], alert: string): PrometheusRuleJson {
  return groupOf(groups, alert).rules.find((r) => r.alert === alert)!;
}

/** The rule's summary with `{{ $labels.x }}` filled in; a case gives it literally when it shows `$value`. */
function fill(template: string, labels: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => labels[name] ?? `<no ${name}>`);
}

function testGroups(c: AlertCase, groups: readonly RuleGroupJson[]): PromtoolTestGroup[] {
  const rule = ruleOf(groups, c.alert);
  const quiet = (eval_time: string): AlertCheck => ({ eval_time, alertname: c.alert, exp_alerts: [] });
  const firing: AlertCheck = {
    eval_time: c.firing.firesAt,
    alertname: c.alert,
    exp_alerts: [
      {
        exp_labels: { ...rule.labels, ...c.firing.labels },
        exp_annotations: {
          summary: c.firing.summary ?? fill(rule.annotations!.summary!, c.firing.labels),
          description: c.firing.description,
          runbook_url: rule.annotations!.runbook_url!,
        },
      },
    ],
  };
  return [
    {
      name: `${c.alert}: fires at ${c.firing.firesAt}`,
      interval: c.interval,
      input_series: c.firing.series,
      alert_rule_test: [...(c.firing.notBefore ? [quiet(c.firing.notBefore)] : []), firing],
    },
    ...c.quiet.map((q) => ({
      name: `${c.alert}: quiet, ${q.name}`,
      interval: c.interval,
      input_series: q.series,
      alert_rule_test: q.quietAt.map(quiet),
    })),
  ];
}

describe('promtool test rules on the shipped alerts', () => {
  it('when the alerts of dist/ are listed, then each has exactly one case here', () => {
    const shippedNames = [...new Set(alertsOf(shipped).map((a) => a.alert!))].sort();
    expect(CASES.map((c) => c.alert).sort()).toEqual(shippedNames);
  });

  it('when the cases are read, then every alert but the Watchdog has a blip and a healthy scenario', () => {
    const thin = CASES.filter((c) => c.alert !== 'Watchdog' && (c.quiet.length < 2 || !c.firing.notBefore));
    expect(thin.map((c) => c.alert)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.alert, c] as const))(
    'when %s is tested with promtool, then it fires when and at the time it must, and is quiet otherwise',
    (_name, c) => {
      const result = promtoolTest(
        [groupOf(RULES[c.rules], c.alert)],
        c.interval,
        testGroups(c, RULES[c.rules]),
      );
      expect(result.output).toContain('SUCCESS');
      expect(result.status).toBe(0);
    },
  );

  it('when an alert loses its for: duration, then its promtool test fails (the tests can fail)', () => {
    const c = shopAlertCases.find((x) => x.alert === 'ShopUnreachable')!;
    const broken = RULES.shop.map((g) => ({
      ...g,
      rules: g.rules.map((r) => (r.alert === c.alert ? { ...r, for: '0s' } : r)),
    }));
    const result = promtoolTest([groupOf(broken, c.alert)], c.interval, testGroups(c, RULES.shop));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('ShopUnreachable');
  });
});
