import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/**
 * A raw parameterised statement returning rows (SELECT, or INSERT/UPDATE … RETURNING).
 * Hot paths use it to keep round trips and per-row overhead low; `$1…` are bind
 * parameters, never string interpolation.
 */
export function rows<T extends object>(
  sequelize: Sequelize,
  sql: string,
  bind: unknown[] = [],
  transaction?: Transaction,
): Promise<T[]> {
  return sequelize.query<T>(sql, { bind, transaction, type: QueryTypes.SELECT, raw: true }) as Promise<T[]>;
}

export async function firstRow<T extends object>(
  sequelize: Sequelize,
  sql: string,
  bind: unknown[] = [],
  transaction?: Transaction,
): Promise<T | undefined> {
  return (await rows<T>(sequelize, sql, bind, transaction))[0];
}
