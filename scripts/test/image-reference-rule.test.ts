import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { imageReferencePattern } from '../../manifests-src/src/config/image-reference';
import { checkReference } from '../src/lib/images';
import { REPO_ROOT } from './support/run-cli';

const RULE_FILE = 'manifests-src/src/config/image-reference.ts';
/** The pattern as a regex literal (`ghcr\.io\/dhakacart`) or inside a string (`ghcr\\.io/dhakacart`). */
const SPELLING = /ghcr\\{1,2}\.io\\?\/dhakacart/;

function typescriptFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)));
}

describe('the image-reference rule', () => {
  it('when the sources are read, then only its own file spells the ghcr.io/dhakacart pattern', () => {
    const spelling = typescriptFiles('scripts/src')
      .concat(typescriptFiles('manifests-src/src'))
      .filter((file) => SPELLING.test(readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    expect(spelling).toEqual([RULE_FILE]);
  });

  it.each([
    ['api', `ghcr.io/dhakacart/api@sha256:${'a'.repeat(64)}`, true],
    ['api', 'ghcr.io/dhakacart/api:latest', false],
    ['api', `ghcr.io/dhakacart/storefront@sha256:${'a'.repeat(64)}`, false],
    ['storefront', `ghcr.io/dhakacart/storefront@sha256:${'A'.repeat(64)}`, false],
  ])(
    'when bump is given %s=%s, then it accepts it exactly when the manifests would (%s)',
    (name, ref, ok) => {
      expect(imageReferencePattern(name).test(ref)).toBe(ok);
      if (ok) expect(() => checkReference(name, ref)).not.toThrow();
      else expect(() => checkReference(name, ref)).toThrow(`expected ghcr.io/dhakacart/${name}@sha256:`);
    },
  );
});
