import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { toYaml } from '../src/lib/yaml';
import { listFiles, ROOT } from './helpers/repository';

/** Every document of a file, as a YAML 1.1 reader (Kubernetes, kubectl, Argo CD) and a YAML 1.2 reader see it. */
function readBothWays(text: string) {
  const read = (version: '1.1' | '1.2') =>
    parseAllDocuments(text, { version }).map((doc) => doc.toJS({ maxAliasCount: -1 }) as unknown);
  return { yaml11: read('1.1'), yaml12: read('1.2') };
}

const generated = ['dist', 'argocd', 'policies']
  .flatMap((folder) => listFiles(join(ROOT, folder)))
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => relative(ROOT, file));

describe('YAML 1.1 readers', () => {
  it('when a string is one YAML 1.1 reads as a boolean, number or date, then the writer quotes it', () => {
    const value = {
      args: [
        '--appendonly',
        'no',
        'yes',
        'on',
        'off',
        'y',
        'N',
        '0777',
        '1:30',
        '2025-01-01',
        '0x1F',
        '1_000',
        '.inf',
      ],
      from: '2025-01-01',
      plain: 'redis-server',
    };
    const written = toYaml(value);
    expect(readBothWays(written)).toEqual({ yaml11: [value], yaml12: [value] });
    expect(written).toContain('plain: redis-server');
  });

  it.each(generated)('when %s is read as YAML 1.1, then it holds what was written', (file) => {
    const { yaml11, yaml12 } = readBothWays(readFileSync(join(ROOT, file), 'utf8'));
    expect(yaml11).toEqual(yaml12);
  });
});
