import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/repository';

const DIR = join(ROOT, 'manifests-src/crds');
const sources = readFileSync(join(DIR, 'SOURCES.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [file = '', repository = '', tag = '', commit = '', path = '', sha256 = ''] = line.split('\t');
    return { file, repository, tag, commit, path, sha256 };
  });

describe('vendored CRDs', () => {
  it('when the folder is listed, then every YAML file has a source row and every row a file', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(sources.map((s) => s.file).sort()).toEqual(files);
  });

  it.each(sources.map((s) => [s.file, s] as const))(
    'when %s is read, then it is the upstream file its row names, unchanged',
    (file, source) => {
      const text = readFileSync(join(DIR, file));
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(createHash('sha256').update(text).digest('hex')).toBe(source.sha256);
      const crd = parse(text.toString()) as {
        kind: string;
        spec: { group: string; names: { plural: string } };
      };
      expect(`${crd.kind} ${crd.spec.group}_${crd.spec.names.plural}.yaml`).toBe(
        `CustomResourceDefinition ${file}`,
      );
    },
  );
});
