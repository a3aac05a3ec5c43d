import { ENV_NAMES } from './schema';

/**
 * Every value in this repository that stands in for something only the real deployment has, with the step that
 * replaces it. test/placeholders.test.ts keeps the list true both ways: each entry still occurs where it says, and
 * nothing shaped like a placeholder (a digest of zeros, an account id of one repeated digit, the throwaway sealing
 * certificate) occurs in config, dist/ or argocd/ without an entry here.
 */
export interface Placeholder {
  readonly what: string;
  /** How to recognise it. */
  readonly find: RegExp;
  /** Files (relative to the repository root) it occurs in today, at least one of them. */
  readonly in: readonly string[];
  /** The step that replaces it (and where that step is written down). */
  readonly replacedBy: string;
}

export const placeholders: readonly Placeholder[] = [
  {
    what: 'the Git remote Argo CD pulls this repository from',
    find: /https:\/\/github\.com\/dhakacart\/dhakacart\.git/,
    in: ['manifests-src/src/config/platform.ts'],
    replacedBy:
      'set `repository.url` in platform.ts to the real remote, `npm run synth`, commit, before ' +
      '`scripts/bootstrap-argocd.sh` (docs/deployment-guide.md, bootstrap)',
  },
  {
    what: 'image digests before the first release of the API and the storefront',
    find: /@sha256:0{60}[0-9a-f]{4}/,
    in: ['manifests-src/src/config/images.json'],
    replacedBy:
      'the release workflow builds the images and writes their digests with `npm run bump` (docs/deployment-guide.md)',
  },
  {
    what: 'AWS account ids in IAM role ARNs (111111111111 staging, 222222222222 production)',
    find: /arn:aws:iam::(1{12}|2{12}):/,
    in: ['manifests-src/src/config/infrastructure.ts'],
    replacedBy:
      'set the real ids in terraform/envs/<env>/providers.tf and backend.tf, apply, then `npm run infra:config` ' +
      'regenerates infrastructure.ts from the outputs (docs/deployment-guide.md, a new environment)',
  },
  {
    what: "each cluster's Sealed Secrets certificate its committed SealedSecrets are sealed with (their keys were never kept)",
    find: /-----BEGIN CERTIFICATE-----/,
    in: ENV_NAMES.map((env) => `argocd/sealed-secrets/${env}.pem`),
    replacedBy:
      "fetch each cluster's controller certificate after its bootstrap and re-seal that cluster's secrets " +
      '(docs/runbooks/sealed-secrets.md, step 1)',
  },
  {
    what: 'pull access to ghcr.io/dhakacart images: no imagePullSecret is declared, so the packages must be public',
    find: /ghcr\.io\/dhakacart\//,
    in: ['manifests-src/src/config/images.json'],
    replacedBy:
      'keep the GHCR packages public, or seal a `kubernetes.io/dockerconfigjson` pull secret per namespace ' +
      '(`npm run seal`) and reference it from the pod templates',
  },
];
