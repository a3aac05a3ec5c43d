import { PART_OF } from '../config/platform';

/** Recommended labels; `name` and `part-of` are required by policies/. */
export function appLabels(name: string, component?: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/part-of': PART_OF,
    ...(component ? { 'app.kubernetes.io/component': component } : {}),
  };
}

/** The labels pods are selected by: stable across releases, never the image. */
export function selectorLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF };
}
