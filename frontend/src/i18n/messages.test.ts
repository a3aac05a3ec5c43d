import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import bn from './bn';
import en from './en';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('messages', () => {
  it('when comparing the languages, then every key exists in both Bangla and English', () => {
    expect(keysOf(bn).sort()).toEqual(keysOf(en).sort());
  });

  it('when a message is defined, then it is not empty in either language', () => {
    const empty = [...keysOf(bn).map((k) => ['bn', k]), ...keysOf(en).map((k) => ['en', k])].filter(
      ([lang, key]) => {
        const value = key!
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], lang === 'bn' ? bn : en);
        return typeof value !== 'string' || value.trim() === '';
      },
    );
    expect(empty).toEqual([]);
  });

  it('when the source calls t() with a literal key, then that key exists', () => {
    const known = new Set(keysOf(en));
    const srcDir = path.resolve(__dirname, '..');
    const used = sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('when a Bangla message has placeholders, then they are the same as in English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = keysOf(en).filter((key) => {
      const get = (tree: object) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
      return JSON.stringify(placeholders(get(en))) !== JSON.stringify(placeholders(get(bn)));
    });
    expect(mismatched).toEqual([]);
  });
});
