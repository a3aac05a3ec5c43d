import { charts, clusterOf, platformNamespaces } from '../config/platform';
import type { EnvName } from '../config/schema';
import { GENERATED_HEADER, toYaml } from '../lib/yaml';
import { argoCdValues } from './values/argo-cd';

/**
 * Files `scripts/bootstrap-argocd.sh <env>` reads to install Argo CD once with Helm, with the same
 * chart version and values as the `argo-cd` Application of that cluster that then takes it over.
 * Paths are relative to argocd/.
 */
export function bootstrapFiles(envs: readonly EnvName[]): Map<string, string> {
  const settings = [
    `ARGOCD_CHART_REPO=${charts.argoCd.repoURL}`,
    `ARGOCD_CHART=${charts.argoCd.chart}`,
    `ARGOCD_CHART_VERSION=${charts.argoCd.version}`,
    `ARGOCD_NAMESPACE=${platformNamespaces.argocd}`,
    'ARGOCD_RELEASE=argo-cd',
  ];
  return new Map([
    ['bootstrap/chart.env', `${GENERATED_HEADER}${settings.join('\n')}\n`],
    ...envs.map(
      (env) =>
        [
          `${env}/bootstrap/argo-cd-values.yaml`,
          GENERATED_HEADER + toYaml(argoCdValues(clusterOf(env))),
        ] as const,
    ),
  ]);
}
