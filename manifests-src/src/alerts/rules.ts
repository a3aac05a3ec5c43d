import { repository } from '../config/platform';

/** Who is woken: `critical` pages the on-call engineer, `warning` goes to chat, `none` is the Watchdog. */
export type Severity = 'critical' | 'warning' | 'none';
/** Which team's channel a warning goes to (Alertmanager routes on it). */
export type Team = 'shop' | 'platform';

export interface AlertSpec {
  /** PascalCase; also the runbook's file name, docs/runbooks/<alert>.md. */
  readonly alert: string;
  readonly expr: string;
  /** How long the condition must hold before the alert fires. @default none (fires at once) */
  readonly for?: string;
  readonly severity: Severity;
  /** One line, for the notification's title. */
  readonly summary: string;
  /** The values that matter, as Go templates over `$labels` and `$value`. */
  readonly description: string;
}

export interface RecordSpec {
  readonly record: string;
  readonly expr: string;
}

export interface RuleGroupSpec {
  readonly name: string;
  /** Evaluation interval of this group. @default Prometheus' global evaluation interval */
  readonly interval?: string;
  readonly rules: readonly (AlertSpec | RecordSpec)[];
}

/** A rule as Prometheus reads it (the PrometheusRule `spec.groups[].rules[]` shape). */
export interface PrometheusRuleJson {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface RuleGroupJson {
  name: string;
  interval?: string;
  rules: PrometheusRuleJson[];
}

/** Where runbooks are read: the repository's docs/runbooks on the branch Argo CD deploys. */
export const RUNBOOK_BASE = `${repository.url.replace(/\.git$/, '')}/blob/${repository.revision}/docs/runbooks`;

export function runbookUrl(alert: string): string {
  return `${RUNBOOK_BASE}/${alert}.md`;
}

const ALERT_NAME = /^[A-Z][A-Za-z0-9]+$/;
const RECORD_NAME = /^[a-z_]+:[a-z0-9_]+:[a-z0-9_]+$/;

function isAlert(rule: AlertSpec | RecordSpec): rule is AlertSpec {
  return 'alert' in rule;
}

/**
 * Rule groups as Prometheus reads them: every alert gets `severity`, `team` and the given
 * labels, and `summary`, `description`, `runbook_url` annotations. A bad name throws with it.
 */
export function renderGroups(
  groups: readonly RuleGroupSpec[],
  labels: { readonly team: Team } & Readonly<Record<string, string>>,
): RuleGroupJson[] {
  return groups.map((group) => ({
    name: group.name,
    ...(group.interval ? { interval: group.interval } : {}),
    rules: group.rules.map((rule): PrometheusRuleJson => {
      if (!isAlert(rule)) {
        if (!RECORD_NAME.test(rule.record))
          throw new Error(`recording rule name must be level:metric:operations (got ${rule.record})`);
        return { record: rule.record, expr: rule.expr.trim() };
      }
      if (!ALERT_NAME.test(rule.alert)) throw new Error(`alert name must be PascalCase (got ${rule.alert})`);
      return {
        alert: rule.alert,
        expr: rule.expr.trim(),
        ...(rule.for ? { for: rule.for } : {}),
        labels: { severity: rule.severity, ...labels },
        annotations: {
          summary: rule.summary,
          description: rule.description,
          runbook_url: runbookUrl(rule.alert),
        },
      };
    }),
  }));
}
