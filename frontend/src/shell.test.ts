import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import bn from './i18n/bn';

const html = (file: string) => readFileSync(path.resolve(__dirname, '..', file), 'utf8');

describe('pre-rendered HTML', () => {
  it('when index.html paints before the app, then its texts are the Bangla messages the app renders', () => {
    const index = html('index.html');
    for (const text of [
      bn.home.heroTitle,
      bn.home.heroText,
      bn.home.heroCta,
      bn.home.trustCod,
      bn.home.trustDelivery,
      bn.home.trustReturn,
      bn.brand.name,
      bn.brand.tagline,
      bn.search.placeholder,
      bn.nav.skip,
    ]) {
      expect(index).toContain(text);
    }
  });

  it('when any page starts, then both shells load the app and have no inline script (the CSP forbids it)', () => {
    for (const file of ['index.html', 'app.html']) {
      const text = html(file);
      expect(text).toContain('<script type="module" src="/src/main.ts"></script>');
      expect(text.match(/<script/g)).toHaveLength(1);
      expect(text).toContain('<html lang="bn">');
    }
  });
});
