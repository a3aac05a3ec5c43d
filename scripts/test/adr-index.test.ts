import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/run-cli';

const ADR_DIR = path.join(REPO_ROOT, 'docs/adr');

describe('the ADR index (docs/adr/README.md)', () => {
  const index = readFileSync(path.join(ADR_DIR, 'README.md'), 'utf8');
  const records = readdirSync(ADR_DIR).filter((file) => /^\d{4}-.*\.md$/.test(file));
  const linked = [...index.matchAll(/^\| \[\d{4}\]\((\d{4}-[^)]+\.md)\)/gm)].map(([, file]) => file);

  it('when read, then it links every record once and nothing that does not exist', () => {
    expect([...linked].sort()).toEqual([...new Set(records)].sort());
  });

  it.each(records)('when %s is listed, then its row carries the record title', (file) => {
    const [heading = ''] = readFileSync(path.join(ADR_DIR, file), 'utf8').split('\n');
    const title = heading.replace(/^#\s*\d+[.:]?\s*/, '');
    expect(index).toContain(`| [${file.slice(0, 4)}](${file}) | ${title} |`);
  });
});
