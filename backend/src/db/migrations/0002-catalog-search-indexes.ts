import type { Migration } from '../migrator';

/**
 * Typo search on Bangla names (`term <% lower(name_bn)`) gets the same trigram index as the
 * English names have since 0001; without it that branch of a search reads every product.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(
    'CREATE INDEX products_name_bn_trgm_idx ON products USING gin (lower(name_bn) gin_trgm_ops)',
  );
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('DROP INDEX IF EXISTS products_name_bn_trgm_idx');
};
