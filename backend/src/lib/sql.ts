import { QueryTypes, type Sequelize } from 'sequelize';
import { sequelizeTransaction, type Tx } from './transactions';

/**
 * A raw parameterised statement returning rows (SELECT, or INSERT/UPDATE … RETURNING).
 * Hot paths use it to keep round trips and per-row overhead low; `$1…` are bind
 * parameters, never string interpolation.
 */
export function rows<T extends object>(
  sequelize: Sequelize,
  sql: string,
  bind: unknown[] = [],
  tx?: Tx,
): Promise<T[]> {
  const transaction = sequelizeTransaction(tx);
  return sequelize.query<T>(sql, { bind, transaction, type: QueryTypes.SELECT, raw: true }) as Promise<T[]>;
}

export async function firstRow<T extends object>(
  sequelize: Sequelize,
  sql: string,
  bind: unknown[] = [],
  tx?: Tx,
): Promise<T | undefined> {
  return (await rows<T>(sequelize, sql, bind, tx))[0];
}
