import type { Sequelize, Transaction } from 'sequelize';
import type { SqlParams } from '../../lib/sql-params';

/** How close a misspelt word must be to a word of the name (pg_trgm word similarity, 0..1). */
export const TYPO_SIMILARITY = 0.5;

/**
 * Every term must match the product: by word prefix in the full-text index (name, Bangla
 * name, description), or, only for a term that is no word's prefix anywhere in the catalog
 * (a typo such as "samsng"), by trigram word similarity to its name or Bangla name (the
 * `<%` operator, served by the trigram indexes; run it through `inSearchTransaction` for the
 * threshold). So "shital" finds the shital pati and not, by resemblance, a shirt. The rank
 * favours close name matches.
 */
export function searchSql(terms: string[], params: SqlParams, alias = 'p'): { where: string; rank: string } {
  const matches: string[] = [];
  const ranks: string[] = [];
  for (const term of terms) {
    const t = params.add(term);
    const prefix = `(to_tsquery('simple', ${t} || ':*') || to_tsquery('english', ${t} || ':*'))`;
    // Uncorrelated: PostgreSQL evaluates it once per query (an index scan), not per row.
    const isTypo = `(SELECT count(*) FROM products known WHERE known.search_vector @@ ${prefix}) = 0`;
    const resembles = `(${t} <% lower(${alias}.name) OR ${t} <% lower(${alias}.name_bn))`;
    matches.push(`(${alias}.search_vector @@ ${prefix} OR (${isTypo} AND ${resembles}))`);
    const similarity = `greatest(word_similarity(${t}, lower(${alias}.name)), word_similarity(${t}, lower(coalesce(${alias}.name_bn, ''))))`;
    ranks.push(`${similarity} + ts_rank(${alias}.search_vector, ${prefix})`);
  }
  return { where: matches.join(' AND '), rank: ranks.join(' + ') };
}

/**
 * Runs search queries in a transaction whose trigram threshold is TYPO_SIMILARITY (the
 * default, 0.6, misses "samsng"). `SET LOCAL` ends with the transaction, so it is safe
 * behind a transaction-pooling PgBouncer. Without a search, no transaction is opened.
 */
export async function inSearchTransaction<T>(
  sequelize: Sequelize,
  searching: boolean,
  run: (transaction: Transaction | undefined) => Promise<T>,
): Promise<T> {
  if (!searching) return run(undefined);
  return sequelize.transaction(async (transaction) => {
    await sequelize.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${TYPO_SIMILARITY}`, {
      transaction,
    });
    return run(transaction);
  });
}
