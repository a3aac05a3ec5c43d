import type { App, Chart } from 'cdk8s';
import type { Environment } from '../config';
import { AppSetsChart } from './appsets-chart';
import { BootstrapChart } from './bootstrap-chart';
import { PlatformChart } from './platform-chart';
import { ProjectsChart } from './projects-chart';

/** argocd/<chart>: the root application, projects, platform Applications and the ApplicationSets. */
export function argocdCharts(app: App, envs: readonly Environment[]): Chart[] {
  return [new BootstrapChart(app), new ProjectsChart(app, envs), new PlatformChart(app), new AppSetsChart(app, envs)];
}
