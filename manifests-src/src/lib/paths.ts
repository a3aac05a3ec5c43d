import { join } from 'node:path';
import { ENV_NAMES, type EnvName } from '../config/schema';

/** Where synth reads its inputs and writes its outputs, relative to the repository root. */
export interface RepositoryPaths {
  readonly root: string;
  readonly config: string;
  readonly sealed: string;
  readonly dist: string;
  readonly argocd: string;
  readonly policies: string;
  /** Public certificates of each cluster's Sealed Secrets controller, `<env>.pem` (hand-kept). */
  readonly sealingCertificates: string;
}

export function repositoryPaths(root: string): RepositoryPaths {
  return {
    root,
    config: join(root, 'manifests-src/src/config'),
    sealed: join(root, 'manifests-src/src/config/sealed'),
    dist: join(root, 'dist'),
    argocd: join(root, 'argocd'),
    policies: join(root, 'policies/admission'),
    sealingCertificates: join(root, 'argocd/sealed-secrets'),
  };
}

/** The certificate `npm run seal` encrypts with for one environment's cluster. */
export function sealingCertificate(paths: RepositoryPaths, env: EnvName): string {
  return join(paths.sealingCertificates, `${env}.pem`);
}

/** Folders synth owns: cleared and rewritten on every run. Anything else there (READMEs, the sealing certificate) is kept. */
export const OWNED_FOLDERS = [
  ...ENV_NAMES.map((env) => `dist/${env}`),
  'dist/cluster',
  'argocd/bootstrap',
  ...ENV_NAMES.map((env) => `argocd/${env}`),
  'policies/admission',
];
