import { randomUUID } from 'node:crypto';
import type { Sequelize } from 'sequelize';
import { firstRow, rows } from '../../lib/sql';
import type { Tx } from '../../lib/transactions';

export interface StoredRefreshToken {
  id: string;
  customerId: number;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Refresh tokens by the SHA-256 of their value; the value itself is never stored. */
export class RefreshTokenRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async insert(
    token: { customerId: number; familyId: string; tokenHash: string; expiresAt: Date },
    tx?: Tx,
  ): Promise<void> {
    await rows(
      this.sequelize,
      `INSERT INTO refresh_tokens (id, customer_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [randomUUID(), token.customerId, token.familyId, token.tokenHash, token.expiresAt],
      tx,
    );
  }

  byHash(tokenHash: string): Promise<StoredRefreshToken | undefined> {
    return firstRow<StoredRefreshToken>(
      this.sequelize,
      `SELECT id, customer_id AS "customerId", family_id AS "familyId", expires_at AS "expiresAt",
              revoked_at AS "revokedAt"
       FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
  }

  /** Revokes one token unless it is revoked already; false when another use spent it first (row lock). */
  async spend(id: string, tx: Tx): Promise<boolean> {
    const spent = await firstRow(
      this.sequelize,
      'UPDATE refresh_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [id],
      tx,
    );
    return spent !== undefined;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await rows(
      this.sequelize,
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL RETURNING id',
      [familyId],
    );
  }
}
