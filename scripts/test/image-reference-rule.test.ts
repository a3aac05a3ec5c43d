import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { imageReferencePattern } from '../../manifests-src/src/config/image-reference';
import { checkReference } from '../src/lib/images';
import { REPO_ROOT } from './support/run-cli';

const RULE_FILE = 'manifests-src/src/config/image-reference.ts';
/**
 * The rule written out: the repository and a 64-hex digest in one pattern, as a regex literal
 * (`dhakacart\/api@sha256:[0-9a-f]{64}`) or a string (`dhakacart/${name}@sha256:[0-9a-f]{64}`).
 * Other patterns that only name the registry (placeholders.ts) or only a digest are different rules.
 */
const SPELLING = /dhakacart\S*@sha256:\[0-9a-f\]\{64\}/;

function typescriptFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)));
}

describe('the image-reference rule', () => {
  it('when the sources are read, then only its own file spells the ghcr.io/dhakacart/<name>@sha256 pattern', () => {
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
