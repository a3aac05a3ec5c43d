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
