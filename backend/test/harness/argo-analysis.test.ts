import {
  evaluateCondition,
  measurementPhase,
  metricPhase,
  runPhase,
  type AnalysisMetricSpec,
} from './argo-analysis';

const metric = (overrides: Partial<AnalysisMetricSpec> = {}): AnalysisMetricSpec => ({
  name: 'error-ratio',
  successCondition: 'len(result) > 0 && result[0] < 0.01',
  failureCondition: 'len(result) > 0 && result[0] >= 0.01',
  provider: { prometheus: { query: 'vector(0)' } },
  ...overrides,
});

describe("Argo Rollouts' analysis rules (v1.8.3), as the canary tests apply them", () => {
  test('when the result is empty or NaN, then neither condition holds and the measurement is inconclusive', () => {
    expect(measurementPhase(metric(), [])).toBe('Inconclusive');
    expect(measurementPhase(metric(), [Number.NaN])).toBe('Inconclusive');
    expect(measurementPhase(metric(), [0])).toBe('Successful');
    expect(measurementPhase(metric(), [0.5])).toBe('Failed');
  });

  test('when a counted metric reaches its count within its limits, then it is successful even with no success at all', () => {
    const lenient = metric({ count: 2, failureLimit: 1, inconclusiveLimit: 2 });

    expect(metricPhase(lenient, ['Inconclusive', 'Inconclusive'])).toBe('Successful');
    expect(
      metricPhase(metric({ count: 2, failureLimit: 0, inconclusiveLimit: 1 }), [
        'Inconclusive',
        'Inconclusive',
      ]),
    ).toBe('Inconclusive');
  });

  test('when failures or inconclusive measurements pass their limits, then the metric is failed or inconclusive; unlimited ones keep running', () => {
    const background = metric({ failureLimit: 1, inconclusiveLimit: 2 });

    expect(metricPhase(background, ['Failed'])).toBe('Running');
    expect(metricPhase(background, ['Failed', 'Failed'])).toBe('Failed');
    expect(metricPhase(background, ['Inconclusive', 'Inconclusive', 'Inconclusive'])).toBe('Inconclusive');
    expect(metricPhase(background, ['Successful'], true)).toBe('Successful');
    expect(runPhase(['Successful', 'Running'])).toBe('Running');
    expect(runPhase(['Successful', 'Inconclusive', 'Failed'])).toBe('Failed');
    // A failed metric terminates the run: the one still running does not hold it open.
    expect(runPhase(['Failed', 'Running'])).toBe('Failed');
  });

  test('when a condition uses syntax outside the supported subset, then evaluation refuses it', () => {
    expect(() => evaluateCondition('result[0] < 0.01 || isNaN(result[0])', [0])).toThrow(
      'unsupported condition term',
    );
  });
});
