import type { App, Chart } from 'cdk8s';
import type { Environment } from '../config';
import { AppSetsChart } from './appsets-chart';
import { BootstrapChart } from './bootstrap-chart';
import { PlatformChart } from './platform-chart';
import { ProjectsChart } from './projects-chart';

/**
 * argocd/<env>/<chart>: what the Argo CD of one environment's cluster runs: its root application,
 * its projects, its platform Applications (with its environment's infrastructure) and its
 * ApplicationSets.
 */
export function clusterArgocdCharts(app: App, env: Environment): Chart[] {
  return [
    new BootstrapChart(app, env.name),
    new ProjectsChart(app, env),
    new PlatformChart(app, env.name),
    new AppSetsChart(app, env),
  ];
}
