import { DEFAULT_STORAGE_CLASS } from '../src/charts/storage-chart';
import { manifests } from './helpers/repository';
import { terraformDefault } from './helpers/terraform';

const all = [...manifests('dist'), ...manifests('argocd')];
const storageClasses = all.filter((m) => m.object.kind === 'StorageClass');

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
  it('when the cluster objects are read, then exactly one StorageClass is the default', () => {
    const defaults = storageClasses.filter(
      (m) => m.object.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
    );

    expect(defaults.map((m) => m.object.metadata.name)).toEqual([DEFAULT_STORAGE_CLASS]);
  });

  it('when a manifest or a platform chart names a storage class, then it is one the repository ships', () => {
    const shipped = new Set(storageClasses.map((m) => m.object.metadata.name));
    const named = all.flatMap((m) => namedClasses(m.object).map((c) => `${m.path}: ${c}`));

    expect(named.filter((n) => !shipped.has(n.split(': ')[1] ?? ''))).toEqual([]);
  });

  it("when the default class's provisioner is compared with terraform, then the cluster installs its driver", () => {
    const provisioner = storageClasses.find((m) => m.object.metadata.name === DEFAULT_STORAGE_CLASS)!
      .object as unknown as { provisioner: string };
    // The environments take the environment module's default set of add-ons.
    const addons = terraformDefault('modules/environment/variables.tf', 'eks_addons');

    expect(provisioner.provisioner).toBe('ebs.csi.aws.com');
    expect(addons).toContain('"aws-ebs-csi-driver"');
  });
});
