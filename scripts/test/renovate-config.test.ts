import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  extractCharts,
  PLATFORM_CONFIG,
  platformManager,
  readPlatformCharts,
} from '../src/renovate/platform-charts';
import { RENOVATE_VERSION, renovateSchema } from '../src/renovate/schema';
import { REPO_ROOT } from './support/run-cli';

interface PackageRule {
  description?: string;
  automerge?: boolean;
  matchUpdateTypes?: string[];
  matchDepTypes?: string[];
}
interface RenovateConfig {
  extends?: string[];
  schedule?: string[];
  packageRules?: PackageRule[];
  customManagers?: { customType?: string; managerFilePatterns?: string[]; matchStrings?: string[] }[];
}

const config = JSON.parse(readFileSync(path.join(REPO_ROOT, 'renovate.json'), 'utf8')) as RenovateConfig;

// Written the way the platform config declares its charts (one per line or spread over several).
const PLATFORM_TS = `export const platformCharts = {
  // renovate: datasource=helm depName=argo-rollouts registryUrl=https://argoproj.github.io/argo-helm
  rollouts: { chart: 'argo-rollouts', repoURL: 'https://argoproj.github.io/argo-helm', version: '2.40.5' },
  // renovate: datasource=helm depName=cloudnative-pg registryUrl=https://cloudnative-pg.github.io/charts
  cnpg: {
    chart: 'cloudnative-pg',
    repoURL: 'https://cloudnative-pg.github.io/charts',
    version: '0.26.1',
  },
  // renovate: datasource=docker depName=nginx-gateway-fabric registryUrl=oci://ghcr.io/nginx/charts
  gateway: { repoURL: 'oci://ghcr.io/nginx/charts', chart: 'nginx-gateway-fabric', version: '2.4.2' },
} as const;
`;

describe(`renovate.json against Renovate ${RENOVATE_VERSION}'s schema (from its npm package)`, () => {
  const schema = renovateSchema(path.join(REPO_ROOT, '.tmp'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  // Renovate's schema marks regular expressions with format "regex": they must compile.
  ajv.addFormat('regex', (pattern: string) => {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  });
  const validate = ajv.compile(schema);

  it('when validated, then it has no schema error', () => {
    const valid = validate(config);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('when an option has the wrong type, then the schema rejects it (the check can fail)', () => {
    expect(validate({ ...config, automerge: 'yes', schedule: 5 })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/automerge', '/schedule']),
    );
  });
});

describe('renovate.json policy', () => {
  it('when read, then it keeps the dependency dashboard, a schedule, and digest pinning of actions', () => {
    expect(config.extends).toEqual(
      expect.arrayContaining([':dependencyDashboard', 'helpers:pinGitHubActionDigests']),
    );
    expect(config.schedule?.length).toBeGreaterThan(0);
  });

  it('when a rule automerges, then it is limited to patch updates of devDependencies', () => {
    const automerging = (config.packageRules ?? []).filter((rule) => rule.automerge === true);

    expect(automerging).toHaveLength(1);
    expect(automerging[0]).toMatchObject({ matchUpdateTypes: ['patch'], matchDepTypes: ['devDependencies'] });
  });

  it('when read, then every package rule says why it exists', () => {
    expect((config.packageRules ?? []).filter((rule) => !rule.description)).toEqual([]);
  });
});

describe("the platform's Helm charts through renovate.json's regex manager", () => {
  const manager = platformManager(config);

  it('when the platform config declares charts (HTTPS and OCI repositories), then each chart, registry and version is extracted', () => {
    expect(extractCharts(PLATFORM_TS, manager)).toEqual([
      {
        chart: 'argo-rollouts',
        repoURL: 'https://argoproj.github.io/argo-helm',
        version: '2.40.5',
        datasource: 'helm',
      },
      {
        chart: 'cloudnative-pg',
        repoURL: 'https://cloudnative-pg.github.io/charts',
        version: '0.26.1',
        datasource: 'helm',
      },
      {
        chart: 'nginx-gateway-fabric',
        repoURL: 'oci://ghcr.io/nginx/charts',
        version: '2.4.2',
        datasource: 'docker',
      },
    ]);
  });

  it('when a chart has no renovate comment, then extraction fails naming it', () => {
    const source = `${PLATFORM_TS}\nconst extra = { chart: 'velero', repoURL: 'https://vmware-tanzu.github.io/helm-charts', version: '10.0.0' };\n`;

    expect(() => extractCharts(source, manager)).toThrow(/comment before chart velero/);
  });

  // Runs once the platform config exists in this checkout: a chart without its comment would
  // silently never be updated by Renovate.
  (existsSync(path.join(REPO_ROOT, PLATFORM_CONFIG)) ? it : it.skip)(
    `when ${PLATFORM_CONFIG} is read, then every chart in it is visible to Renovate`,
    () => {
      expect(readPlatformCharts(REPO_ROOT).length).toBeGreaterThan(0);
    },
  );
});
