/**
 * Argo Rollouts' analysis rules, as v1.8.3 (chart argo-rollouts 2.40.0) applies them, for
 * tests that run the AnalysisTemplates of dist/ against a real Prometheus:
 * - a measurement (utils/evaluate/evaluate.go `EvaluateResult`): Failed when the failure
 *   condition holds, else Successful when the success condition holds, else Inconclusive;
 * - a metric (analysis/analysis.go `assessMetricStatus`, `assessMetricFailureInconclusiveOrError`):
 *   Failed once failed > failureLimit, Inconclusive once inconclusive > inconclusiveLimit
 *   (both default 0); with a count, Successful once that many measurements were taken;
 *   without one, Running until the run is terminated, then Successful;
 * - a run (analysis/analysis.go `assessRunStatus`; utils/analysis/helpers.go `IsTerminating`,
 *   `analysisStatusOrder`): once a metric is Failed or Inconclusive the run terminates (still
 *   running metrics count as Successful); otherwise it runs while any metric runs. Its phase is
 *   the worst of its metrics: Failed, then Inconclusive, then Successful.
 * The Prometheus provider (metricproviders/prometheus/prometheus.go `processResponse`) passes
 * a vector's sample values as `result`, an empty list when the vector is empty.
 */

export type Phase = 'Successful' | 'Failed' | 'Inconclusive' | 'Running';

export interface AnalysisMetricSpec {
  name: string;
  count?: number;
  failureLimit?: number;
  inconclusiveLimit?: number;
  successCondition?: string;
  failureCondition?: string;
  provider: { prometheus: { query: string } };
}

const COMPARISON =
  /^(len\(result\)|result\[(\d+)\]|-?\d+(?:\.\d+)?)\s*(<=|>=|==|!=|<|>)\s*(len\(result\)|result\[(\d+)\]|-?\d+(?:\.\d+)?)$/;

function operand(text: string, index: string | undefined, result: number[]): number {
  if (text === 'len(result)') return result.length;
  if (index !== undefined) {
    const value = result[Number(index)];
    if (value === undefined) throw new Error(`index out of range: ${text} with ${result.length} results`);
    return value;
  }
  return Number(text);
}

/**
 * Evaluates the subset of the expr language the templates use: comparisons of `len(result)`,
 * `result[i]` and numbers joined by `&&` (short-circuit, as expr does). Anything else throws,
 * so a template written differently fails the test instead of being misread.
 */
export function evaluateCondition(condition: string, result: number[]): boolean {
  for (const term of condition.split('&&').map((part) => part.trim())) {
    const match = COMPARISON.exec(term);
    if (!match) throw new Error(`unsupported condition term "${term}" in "${condition}"`);
    const left = operand(match[1]!, match[2], result);
    const right = operand(match[4]!, match[5], result);
    const holds = {
      '<': left < right,
      '<=': left <= right,
      '>': left > right,
      '>=': left >= right,
      '==': left === right,
      '!=': left !== right,
    }[match[3] as '<'];
    if (!holds) return false;
  }
  return true;
}

export function measurementPhase(metric: AnalysisMetricSpec, result: number[]): Exclude<Phase, 'Running'> {
  const success = metric.successCondition ? evaluateCondition(metric.successCondition, result) : undefined;
  const failure = metric.failureCondition ? evaluateCondition(metric.failureCondition, result) : undefined;
  if (success === undefined && failure === undefined) return 'Successful';
  if (failure ?? !success) return 'Failed';
  return (success ?? !failure) ? 'Successful' : 'Inconclusive';
}

/** The metric's phase after these measurements (taken in order), and whether the run was terminated. */
export function metricPhase(metric: AnalysisMetricSpec, measurements: Phase[], terminating = false): Phase {
  if (measurements.length === 0) return terminating ? 'Successful' : 'Running';
  const count = (phase: Phase) => measurements.filter((m) => m === phase).length;
  let phase: Phase | undefined;
  if (count('Failed') > (metric.failureLimit ?? 0)) phase = 'Failed';
  if (count('Inconclusive') > (metric.inconclusiveLimit ?? 0)) phase = 'Inconclusive';
  if (phase) return phase;
  if (metric.count !== undefined && measurements.length >= metric.count) return 'Successful';
  return terminating ? 'Successful' : 'Running';
}

/** Measurements stop once the metric completes, as the controller stops taking them. */
export function isCompleted(phase: Phase): boolean {
  return phase !== 'Running';
}

export function runPhase(phases: Phase[]): Phase {
  for (const worst of ['Failed', 'Inconclusive'] as const) if (phases.includes(worst)) return worst;
  return phases.includes('Running') ? 'Running' : 'Successful';
}
