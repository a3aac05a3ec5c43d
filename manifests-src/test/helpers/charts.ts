import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PlatformApp } from '../../src/argocd/platform-apps';
import { listFiles, ROOT } from './repository';

export const CHARTS_DIR = join(ROOT, 'manifests-src/charts');

export type Values = Record<string, unknown>;

export interface SourceRow {
  readonly file: string;
  readonly repository: string;
  readonly tag: string;
  readonly commit: string;
  readonly path: string;
  readonly sha256: string;
}

export const sources: readonly SourceRow[] = readFileSync(join(CHARTS_DIR, 'SOURCES.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [file = '', repository = '', tag = '', commit = '', path = '', sha256 = ''] = line.split('\t');
    return { file, repository, tag, commit, path, sha256 };
  });

export const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The vendored files of one platform Application's chart, at its pinned version. */
export class VendoredChart {
  readonly dir: string;
  readonly defaults: Values;

  constructor(readonly app: PlatformApp) {
    this.dir = join(CHARTS_DIR, app.chart.chart, app.chart.version);
    if (!existsSync(join(this.dir, 'values.yaml'))) {
      throw new Error(
        `${app.name}: no values.yaml vendored for ${app.chart.chart} ${app.chart.version} in ${this.dir}; ` +
          'vendor it with manifests-src/charts/refresh.sh add (manifests-src/charts/README.md)',
      );
    }
    this.defaults = parse(this.read('values.yaml')) as Values;
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  /** Vendored files relative to the chart folder. */
  files(): string[] {
    return listFiles(this.dir).map((f) => f.slice(this.dir.length + 1));
  }

  /** What Helm renders with: the chart's defaults with the Application's values coalesced over them. */
  effective(): Values {
    return coalesce(this.defaults, this.app.values as Values);
  }

  /** The values a template renders with: a subchart's (charts/<name>/…) are its defaults under the parent's `<name>` key. */
  valuesFor(template: string): Values {
    const sub = /^charts\/([^/]+)\//.exec(template)?.[1];
    if (!sub) return this.effective();
    const own = this.files().includes(`charts/${sub}/values.yaml`)
      ? (parse(this.read(`charts/${sub}/values.yaml`)) as Values)
      : {};
    const fromParent = valueAt(this.effective(), sub);
    return coalesce(own, isMap(fromParent) ? fromParent : {});
  }

  rows(): SourceRow[] {
    const prefix = `${this.app.chart.chart}/${this.app.chart.version}/`;
    return sources.filter((s) => s.file.startsWith(prefix));
  }
}

/** Helm's merge of user values over chart values: maps merge, anything else replaces, null deletes. */
export function coalesce(base: Values, over: Values): Values {
  const out: Values = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key];
    else if (isMap(value) && isMap(base[key])) out[key] = coalesce(base[key], value);
    else out[key] = value;
  }
  return out;
}

export function valueAt(values: Values, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (isMap(v) ? v[key] : undefined), values);
}

/** Off as a Helm `if` reads it: false, zero, empty or missing. */
export function isOff(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isMap(value) && Object.keys(value).length === 0;
}

/**
 * Every value path DhakaCart sets that the chart's values.yaml does not have, or has as another
 * kind (a map where the chart takes a scalar or a list, or the reverse). Lists are leaves: the
 * charts' defaults for them are empty or examples. Paths under `freeForm` are not looked into.
 */
export function unknownKeys(
  ours: Values,
  chart: Values,
  freeForm: readonly string[],
  path: string[] = [],
): string[] {
  return Object.entries(ours).flatMap(([key, value]) => {
    const here = [...path, key];
    const name = here.join('.');
    if (freeForm.includes(name)) return [];
    if (!(key in chart)) return [`${name}: not a key of the chart's values.yaml`];
    const theirs = chart[key];
    if (theirs === null || theirs === undefined) {
      return isMap(value)
        ? [`${name}: the chart has no keys below it (null); list it as free-form if its docs say so`]
        : [];
    }
    if (isMap(value)) {
      return isMap(theirs)
        ? unknownKeys(value, theirs, freeForm, here)
        : [`${name}: a map, where the chart takes ${kind(theirs)}`];
    }
    if (kind(value) !== kind(theirs) && (isMap(theirs) || Array.isArray(theirs) || Array.isArray(value))) {
      return [`${name}: ${kind(value)}, where the chart takes ${kind(theirs)}`];
    }
    return [];
  });
}

function kind(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  return isMap(v) ? 'a map' : 'a scalar';
}

/** Value paths whose map sets `helm.sh/hook` (charts that take hook annotations as values). */
export function hookAnnotationPaths(values: Values, path: string[] = []): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    if (!isMap(value)) return [];
    const here = [...path, key];
    return 'helm.sh/hook' in value ? [here.join('.')] : hookAnnotationPaths(value, here);
  });
}

/**
 * The events of a template's `helm.sh/hook` annotations. An event the chart takes from its values
 * (`{{ .Values.x | default "test" }}`, `{{ .Values.x | quote }}`) is read from `values`, the values
 * the template renders with.
 */
export function hookEvents(template: string, values: Values): string[] {
  return [...template.matchAll(/["']?helm\.sh\/hook["']?:[ \t]*(.+)/g)].flatMap((m) => {
    const annotation = m[1] ?? '';
    const templated =
      /\{\{-?\s*\.Values\.([\w.]+)\s*(?:\|\s*default\s+"([^"]*)"\s*)?(?:\|\s*quote\s*)?-?\}\}/.exec(
        annotation,
      );
    const text = templated ? String(valueAt(values, templated[1] ?? '') ?? templated[2] ?? '') : annotation;
    return text
      .replace(/["']/g, '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
  });
}

/** The `{{ if … }}` lines a template starts with (its guard), before the first YAML line. */
export function guardLines(template: string): string[] {
  const lines = template.split('\n');
  const guard: string[] = [];
  for (const line of lines) {
    if (/^\s*\{\{-?\s*(if|with)\b/.test(line)) guard.push(line);
    else if (/^\s*(\{\{|---|#|$)/.test(line)) continue;
    else break;
  }
  return guard;
}

/**
 * Value paths that are on and ask a chart to render a prometheus-operator object (ServiceMonitor,
 * PodMonitor, PrometheusRule): `…serviceMonitor.enabled`, `…servicemonitor.create`,
 * `…podMonitorEnabled` and the like, as the charts name them.
 */
export function monitoringSwitches(values: Values, path: string[] = []): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const here = [...path, key];
    if (isMap(value)) return monitoringSwitches(value, here);
    if (value !== true) return [];
    const name = here.join('.');
    const parent = path.at(-1) ?? '';
    const isSwitch =
      (/^(servicemonitor|podmonitor|prometheusrule)s?$/i.test(parent) && /^(enabled|create)$/.test(key)) ||
      /^(servicemonitor|podmonitor|prometheusrule)s?(enabled|create)$/i.test(key);
    return isSwitch ? [name] : [];
  });
}
