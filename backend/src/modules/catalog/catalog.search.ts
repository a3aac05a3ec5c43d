import type { SqlParams } from '../../lib/sql-params';

/** How close a misspelt word must be to a word of the name (pg_trgm word_similarity, 0..1). */
export const TYPO_SIMILARITY = 0.5;
const MAX_TERMS = 6;

/**
 * The words of a search, lowercased. Only letters (Bangla included, with its vowel signs)
 * and digits survive, so nothing a shopper types can change the shape of the SQL.
 */
export function searchTerms(q: string): string[] {
  const words =
    q
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 2))].slice(0, MAX_TERMS);
}

/**
 * Every term must match the product: by word prefix in the full-text index (name, Bangla
 * name, description), or, only for a term that is no word's prefix anywhere in the catalog
 * (a typo such as "samsng"), by trigram similarity to a word of the name. So "shital" finds
 * the shital pati and not, by resemblance, a shirt. The rank favours close name matches.
 */
export function searchSql(terms: string[], params: SqlParams, alias = 'p'): { where: string; rank: string } {
  const matches: string[] = [];
  const ranks: string[] = [];
  for (const term of terms) {
    const t = params.add(term);
    const prefix = `(to_tsquery('simple', ${t} || ':*') || to_tsquery('english', ${t} || ':*'))`;
    const similarity = `greatest(word_similarity(${t}, lower(${alias}.name)), word_similarity(${t}, lower(coalesce(${alias}.name_bn, ''))))`;
    // Uncorrelated: PostgreSQL evaluates it once per query, not per row.
    const isTypo = `NOT EXISTS (SELECT 1 FROM products known WHERE known.search_vector @@ ${prefix})`;
    matches.push(
      `(${alias}.search_vector @@ ${prefix} OR (${isTypo} AND ${similarity} >= ${TYPO_SIMILARITY}))`,
    );
    ranks.push(`${similarity} + ts_rank(${alias}.search_vector, ${prefix})`);
  }
  return { where: matches.join(' AND '), rank: ranks.join(' + ') };
}
