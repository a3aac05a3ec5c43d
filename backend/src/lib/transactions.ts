import type { Sequelize, Transaction } from 'sequelize';

declare const opaque: unique symbol;

/**
 * An open database transaction as services see it: something to hand back to repositories,
 * nothing to query with. Only repositories turn it back into Sequelize's `Transaction`.
 */
export interface Tx {
  readonly [opaque]: 'Tx';
}

/** Runs work in one transaction: committed when it resolves, rolled back when it throws. */
export interface Transactions {
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export function sequelizeTransactions(sequelize: Sequelize): Transactions {
  return { run: (work) => sequelize.transaction((transaction) => work(asTx(transaction))) };
}

/** The Sequelize transaction behind `tx`, for repositories. */
export function sequelizeTransaction(tx: Tx): Transaction;
export function sequelizeTransaction(tx: Tx | undefined): Transaction | undefined;
export function sequelizeTransaction(tx: Tx | undefined): Transaction | undefined {
  return tx as unknown as Transaction | undefined;
}

/** `transaction` as a `Tx`, for repositories that open their own and use the SQL helpers. */
export function asTx(transaction: Transaction): Tx {
  return transaction as unknown as Tx;
}
