import { randomUUID } from 'node:crypto';
import type { Sequelize } from 'sequelize';
import { HttpProblem } from '../../lib/problem';
import { firstRow, rows } from '../../lib/sql';
import { asTx, type Tx } from '../../lib/transactions';
import { randomToken, sha256 } from '../../lib/tokens';

const DAY_MS = 86_400_000;

interface StoredToken {
  id: string;
  customerId: number;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

const refused = (detail: string) =>
  new HttpProblem('unauthorized', detail, {}, { 'WWW-Authenticate': 'Bearer' });

/**
 * Rotating refresh tokens. Only their SHA-256 is stored. Each use revokes the token and
 * issues a new one in the same family; presenting a revoked token means it was stolen
 * (or replayed), so the whole family — that login's every descendant — is revoked.
 */
export class RefreshTokenRepository {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly ttlDays: number,
  ) {}

  async issue(customerId: number, familyId: string = randomUUID(), tx?: Tx): Promise<string> {
    const token = randomToken();
    await rows(
      this.sequelize,
      `INSERT INTO refresh_tokens (id, customer_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [randomUUID(), customerId, familyId, sha256(token), new Date(Date.now() + this.ttlDays * DAY_MS)],
      tx,
    );
    return token;
  }

  /** Spends `token` and returns its successor; 401 when unknown, expired or already spent. */
  async rotate(token: string): Promise<{ customerId: number; refreshToken: string }> {
    const stored = await this.find(token);
    if (!stored) throw refused('refresh token is invalid');
    if (stored.revokedAt !== null) {
      await this.revokeFamily(stored.familyId);
      throw refused('refresh token was already used; every session of this login is now signed out');
    }
    if (stored.expiresAt.getTime() <= Date.now()) throw refused('refresh token expired');
    // Spending and replacing happen in one transaction: a concurrent use of the same token
    // waits on the row lock, then finds it spent and revokes the family including the successor.
    const successor = await this.sequelize.transaction(async (transaction) => {
      const tx = asTx(transaction);
      const spent = await firstRow(
        this.sequelize,
        'UPDATE refresh_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
        [stored.id],
        tx,
      );
      return spent ? this.issue(stored.customerId, stored.familyId, tx) : undefined;
    });
    if (!successor) {
      await this.revokeFamily(stored.familyId);
      throw refused('refresh token was already used; every session of this login is now signed out');
    }
    return { customerId: stored.customerId, refreshToken: successor };
  }

  /** Signs out the login `token` belongs to. Unknown tokens are ignored. */
  async revoke(token: string): Promise<void> {
    const stored = await this.find(token);
    if (stored) await this.revokeFamily(stored.familyId);
  }

  private find(token: string) {
    return firstRow<StoredToken>(
      this.sequelize,
      `SELECT id, customer_id AS "customerId", family_id AS "familyId", expires_at AS "expiresAt",
              revoked_at AS "revokedAt"
       FROM refresh_tokens WHERE token_hash = $1`,
      [sha256(token)],
    );
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await rows(
      this.sequelize,
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL RETURNING id',
      [familyId],
    );
  }
}
