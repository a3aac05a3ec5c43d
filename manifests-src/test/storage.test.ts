import { DEFAULT_STORAGE_CLASS } from '../src/charts/storage-chart';
import { ENVIRONMENTS, manifests } from './helpers/repository';
import { terraformDefault } from './helpers/terraform';

/** What one environment's cluster runs: its own dist/ folders and its own Argo CD folder. */
const clusterManifests = (env: string) => [
  ...manifests(`dist/${env}`),
  ...manifests(`dist/cluster/${env}`),
  ...manifests(`argocd/${env}`),
];
const storageClassesOf = (env: string) =>
  clusterManifests(env).filter((m) => m.object.kind === 'StorageClass');

/** Every storage class a manifest or a chart's values ask for by name. */
function namedClasses(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => namedClasses(v, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (/^storageClass(Name)?$/.test(key) && typeof v === 'string' && v !== '') found.push(v);
      else namedClasses(v, found);
    }
  }
  return found;
}

describe('storage: every claim gets a class that can provision it', () => {
  it.each(ENVIRONMENTS)(
    "when %s's cluster objects are read, then exactly one StorageClass is the default",
    (env) => {
      const defaults = storageClassesOf(env).filter(
        (m) => m.object.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
      );

      expect(defaults.map((m) => m.object.metadata.name)).toEqual([DEFAULT_STORAGE_CLASS]);
    },
  );

  it.each(ENVIRONMENTS)(
    'when a manifest or a platform chart of %s names a storage class, then its cluster ships it',
    (env) => {
      const shipped = new Set(storageClassesOf(env).map((m) => m.object.metadata.name));
      const named = clusterManifests(env).flatMap((m) =>
        namedClasses(m.object).map((c) => `${m.path}: ${c}`),
      );

      expect(named.filter((n) => !shipped.has(n.split(': ')[1] ?? ''))).toEqual([]);
    },
  );

  it("when the default class's provisioner is compared with terraform, then the cluster installs its driver", () => {
    const provisioner = storageClassesOf('production').find(
      (m) => m.object.metadata.name === DEFAULT_STORAGE_CLASS,
    )!.object as unknown as { provisioner: string };
    // The environments take the environment module's default set of add-ons.
    const addons = terraformDefault('modules/environment/variables.tf', 'eks_addons');

    expect(provisioner.provisioner).toBe('ebs.csi.aws.com');
    expect(addons).toContain('"aws-ebs-csi-driver"');
  });
});
