import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface PlatformChart {
  readonly chart: string;
  readonly repoURL: string;
  readonly version: string;
  readonly datasource: string;
}

interface RegexManager {
  customType?: string;
  managerFilePatterns?: string[];
  matchStrings?: string[];
}

export const PLATFORM_CONFIG = 'manifests-src/src/config/platform.ts';

/** The custom regex managers of renovate.json that cover the platform config file, as one. */
export function platformManager(renovateConfig: { customManagers?: RegexManager[] }): RegexManager {
  const managers = (renovateConfig.customManagers ?? []).filter(
    (m) =>
      m.customType === 'regex' &&
      (m.managerFilePatterns ?? []).some((pattern) => toRegExp(pattern).test(PLATFORM_CONFIG)),
  );
  const matchStrings = managers.flatMap((m) => m.matchStrings ?? []);
  if (matchStrings.length === 0) throw new Error(`renovate.json has no regex manager for ${PLATFORM_CONFIG}`);
  return { customType: 'regex', matchStrings };
}

/**
 * Extracts the platform's Helm charts with the very regular expressions Renovate uses, so what
 * Renovate updates and what the test cluster installs cannot drift apart. Throws when a chart
 * object in the file is not preceded by its `// renovate:` comment.
 */
export function extractCharts(source: string, manager: RegexManager): PlatformChart[] {
  const charts: PlatformChart[] = [];
  for (const matchString of manager.matchStrings ?? []) {
    for (const match of source.matchAll(new RegExp(matchString, 'g'))) {
      const groups = match.groups ?? {};
      charts.push({
        chart: groups.depName ?? '',
        // OCI charts: the OCI manager captures the registry path (without oci://) as packageName.
        repoURL: groups.registryUrl ?? (groups.packageName ? `oci://${groups.packageName}` : ''),
        version: groups.currentValue ?? '',
        datasource: groups.datasource ?? (groups.packageName ? 'docker' : ''),
      });
    }
  }
  const declared = [...source.matchAll(/\bchart:\s*'([^']+)'/g)].map((m) => m[1]);
  const unmanaged = declared.filter((name) => !charts.some((c) => c.chart === name));
  if (unmanaged.length > 0)
    throw new Error(
      `${PLATFORM_CONFIG}: no "// renovate: datasource=helm depName=... registryUrl=..." comment before chart ${unmanaged.join(', ')}`,
    );
  return charts;
}

export function readPlatformCharts(repoRoot: string): PlatformChart[] {
  const renovate = JSON.parse(readFileSync(path.join(repoRoot, 'renovate.json'), 'utf8')) as {
    customManagers?: RegexManager[];
  };
  return extractCharts(readFileSync(path.join(repoRoot, PLATFORM_CONFIG), 'utf8'), platformManager(renovate));
}

function toRegExp(pattern: string): RegExp {
  const slashed = /^\/(.*)\/([a-z]*)$/.exec(pattern);
  return slashed
    ? new RegExp(slashed[1] ?? '', slashed[2])
    : new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*?/g, '.*')}$`);
}
