import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { placeholders } from '../src/config/placeholders';
import { listFiles, ROOT } from './helpers/repository';

/** Shapes of a stand-in value: a digest of zeros, an AWS account id of one repeated digit, a certificate. */
const SHAPES = [
  /@sha256:0{60}[0-9a-f]{4}/g,
  /arn:aws:[\w-]*:[\w-]*:(\d)\1{11}:/g,
  /-----BEGIN CERTIFICATE-----/g,
];

const scanned = ['manifests-src/src/config', 'dist', 'argocd']
  .flatMap((folder) => listFiles(join(ROOT, folder)))
  .map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));

describe('placeholders', () => {
  it.each(placeholders.map((p) => [p.what, p] as const))(
    'when "%s" is looked for, then it still occurs where the list says',
    (_what, placeholder) => {
      const found = placeholder.in.filter((file) =>
        placeholder.find.test(readFileSync(join(ROOT, file), 'utf8')),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );

  it('when config, dist/ and argocd/ are scanned, then every placeholder-shaped value is in the list', () => {
    const unlisted = scanned.flatMap(({ file, text }) =>
      SHAPES.flatMap((shape) => [...text.matchAll(shape)].map((match) => match[0]))
        .filter((value) => !placeholders.some((p) => p.find.test(value)))
        .map((value) => `${file}: ${value}`),
    );
    expect(unlisted).toEqual([]);
  });
});
