import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** One install step, in sync-wave order, derived from an Argo CD Application. */
export type PlatformStep =
  | {
      kind: 'helm';
      name: string;
      namespace: string;
      chartRef: string;
      repo: string | undefined;
      version: string;
      valuesFile: string | undefined;
    }
  | { kind: 'manifests'; name: string; namespace: string; location: string };

interface Application {
  kind?: string;
  metadata?: { name?: string; annotations?: Record<string, string> };
  spec?: {
    destination?: { namespace?: string };
    source?: {
      repoURL?: string;
      chart?: string;
      path?: string;
      targetRevision?: string;
      helm?: { releaseName?: string; valuesObject?: unknown; values?: string };
    };
  };
}

export interface PlanOptions {
  /** Applications left out (e.g. argo-cd: the cluster test applies dist/ itself). */
  readonly skip: readonly string[];
  /** This repository's URL as Argo CD knows it: its paths are applied from the checkout. */
  readonly repositoryUrl: string;
  /** Where helm values files are written. */
  readonly valuesDir: string;
}

/**
 * Turns the platform Applications (argocd/platform) into helm installs and manifest applies,
 * with the same charts, versions, namespaces and values that Argo CD would use.
 */
export function platformPlan(applicationsDir: string, options: PlanOptions): PlatformStep[] {
  const apps = readdirSync(applicationsDir)
    .filter((file) => /^Application\..*\.ya?ml$/.test(file))
    .map((file) => parse(readFileSync(path.join(applicationsDir, file), 'utf8')) as Application)
    .filter((app) => app.kind === 'Application' && !options.skip.includes(app.metadata?.name ?? ''));
  apps.sort((a, b) => wave(a) - wave(b) || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  mkdirSync(options.valuesDir, { recursive: true });
  return apps.map((app) => toStep(app, options));
}

function wave(app: Application): number {
  return Number(app.metadata?.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
}

function toStep(app: Application, options: PlanOptions): PlatformStep {
  const name = app.metadata?.name ?? '';
  const source = app.spec?.source ?? {};
  const namespace = app.spec?.destination?.namespace ?? 'default';
  if (!source.repoURL || !source.targetRevision)
    throw new Error(`Application ${name}: spec.source needs repoURL and targetRevision`);
  if (source.chart) {
    const values = source.helm?.valuesObject ?? (source.helm?.values ? parse(source.helm.values) : undefined);
    let valuesFile: string | undefined;
    if (values !== undefined) {
      valuesFile = path.join(options.valuesDir, `${name}.yaml`);
      writeFileSync(valuesFile, stringify(values));
    }
    const http = /^https?:\/\//.test(source.repoURL);
    // Argo CD names OCI chart repositories without a scheme (ghcr.io/org/charts).
    const chartRef = http
      ? source.chart
      : `oci://${source.repoURL.replace(/^oci:\/\//, '').replace(/\/$/, '')}/${source.chart}`;
    return {
      kind: 'helm',
      name: source.helm?.releaseName ?? name,
      namespace,
      chartRef,
      repo: http ? source.repoURL : undefined,
      version: source.targetRevision,
      valuesFile,
    };
  }
  if (!source.path) throw new Error(`Application ${name}: spec.source needs a chart or a path`);
  const location = sameRepository(source.repoURL, options.repositoryUrl)
    ? source.path
    : // A remote kustomization: "//" separates the repository from the folder inside it.
      `${source.repoURL.replace(/\.git$/, '')}//${source.path}?ref=${source.targetRevision}`;
  return { kind: 'manifests', name, namespace, location };
}

function sameRepository(a: string, b: string): boolean {
  const normal = (url: string) =>
    url
      .replace(/\.git$/, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return normal(a) === normal(b);
}

/** Tab-separated lines for install-platform.sh: helm <release> <ns> <chartRef> <repo|-> <version> <values|->, or manifests <name> <ns> <location>. */
export function formatPlan(steps: readonly PlatformStep[]): string {
  return steps
    .map((s) =>
      (s.kind === 'helm'
        ? ['helm', s.name, s.namespace, s.chartRef, s.repo ?? '-', s.version, s.valuesFile ?? '-']
        : ['manifests', s.name, s.namespace, s.location]
      ).join('\t'),
    )
    .join('\n');
}
