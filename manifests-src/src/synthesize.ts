import { App, type Chart } from 'cdk8s';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { clusterArgocdCharts } from './argocd';
import { bootstrapFiles } from './argocd/bootstrap-files';
import { clusterCharts, environmentCharts } from './charts';
import { loadEnvironments } from './config';
import { loadClusterSealed } from './config/sealed';
import { AdmissionPoliciesChart } from './policies/policies-chart';
import { OWNED_FOLDERS, type RepositoryPaths } from './lib/paths';
import { GENERATED_HEADER, toYaml } from './lib/yaml';

/** cdk8s stamps a chart's namespace on every object; these kinds have none. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterIssuer',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
]);

type ObjectJson = { kind: string; metadata: { name: string; namespace?: string } };

/** `<chart>/<Kind>.<name>.yaml` for every object of every chart; a duplicate is an error. */
export function chartFiles(charts: readonly Chart[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const chart of charts) {
    for (const object of chart.toJson() as ObjectJson[]) {
      if (CLUSTER_SCOPED.has(object.kind)) delete object.metadata.namespace;
      const path = `${chart.node.id}/${object.kind}.${object.metadata.name}.yaml`;
      if (files.has(path)) throw new Error(`two objects would be written to ${path}`);
      files.set(path, GENERATED_HEADER + toYaml(object));
    }
  }
  return files;
}

function under(root: string, dir: string, files: Map<string, string>): [string, string][] {
  return [...files].map(([path, content]) => [join(relative(root, dir), path), content]);
}

/** Everything synth writes, keyed by path relative to the repository root. Pure: writes nothing. */
export function synthesize(paths: RepositoryPaths): Map<string, string> {
  const envs = loadEnvironments(paths.config);
  const out: [string, string][] = [];
  for (const env of envs) {
    const sealed = loadClusterSealed(paths.sealed, env.name);
    const charts = environmentCharts(new App(), env, sealed.environment);
    out.push(...under(paths.root, join(paths.dist, env.name), chartFiles(charts)));
    const cluster = clusterCharts(new App(), env, sealed.platform);
    out.push(...under(paths.root, join(paths.dist, 'cluster', env.name), chartFiles(cluster)));
    out.push(
      ...under(paths.root, join(paths.argocd, env.name), chartFiles(clusterArgocdCharts(new App(), env))),
    );
  }
  out.push(...under(paths.root, paths.argocd, bootstrapFiles(envs.map((env) => env.name))));
  out.push(
    ...under(paths.root, join(paths.policies, '..'), chartFiles([new AdmissionPoliciesChart(new App())])),
  );
  return new Map(out.sort(([a], [b]) => a.localeCompare(b)));
}

/** Clears the folders synth owns, then writes every file. */
export function writeFiles(root: string, files: Map<string, string>): void {
  for (const folder of OWNED_FOLDERS) rmSync(join(root, folder), { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}
