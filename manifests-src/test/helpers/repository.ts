import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { repositoryPaths } from '../../src/lib/paths';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const paths = repositoryPaths(ROOT);

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    finalizers?: string[];
  };
  // Manifests are free-form; tests read fields they know exist.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
}

export interface Manifest {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly object: K8sObject;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = join(dir, entry);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

/** Every YAML manifest under a folder of the repository. */
export function manifests(folder: string): Manifest[] {
  return listFiles(join(ROOT, folder))
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('argo-cd-values.yaml'))
    .map((f) => ({ path: relative(ROOT, f), object: parse(readFileSync(f, 'utf8')) as K8sObject }));
}

/** The objects of one environment (dist/<env>/**). */
export function environmentObjects(env: string): K8sObject[] {
  return manifests(`dist/${env}`).map((m) => m.object);
}

export const ENVIRONMENTS = ['staging', 'production'] as const;
