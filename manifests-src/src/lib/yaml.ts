import { stringify } from 'yaml';

/**
 * The one YAML writer of everything synth emits.
 *
 * Kubernetes (sigs.k8s.io/yaml over go-yaml), Argo CD and kubectl decode YAML 1.1, where a plain `no`, `on`, `y`,
 * `0777` or `1:30` is a boolean or a number, not a string; `yaml`'s default is 1.2, which writes such strings unquoted.
 * Writing with the 1.1 schema quotes every string that 1.1 would read as something else, so both readers agree
 * (test/yaml-1-1.test.ts re-reads every generated file both ways).
 */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, version: '1.1' });
}
