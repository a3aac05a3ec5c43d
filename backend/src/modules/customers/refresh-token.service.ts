import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../deps';
import { HttpProblem } from '../../lib/problem';
import { randomToken, sha256 } from '../../lib/tokens';
import type { Tx } from '../../lib/transactions';

const DAY_MS = 86_400_000;

const refused = (detail: string) =>
  new HttpProblem('unauthorized', detail, {}, { 'WWW-Authenticate': 'Bearer' });
const reused = () => refused('refresh token was already used; every session of this login is now signed out');

/**
 * Rotating refresh tokens. Only their SHA-256 is stored. Each use revokes the token and
 * issues a new one in the same family; presenting a revoked token means it was stolen
 * (or replayed), so the whole family — that login's every descendant — is revoked.
 */
export class RefreshTokens {
  constructor(
    private readonly deps: Pick<AppDeps, 'repositories'>,
    private readonly ttlDays: number,
  ) {}

  async issue(customerId: number, familyId: string = randomUUID(), tx?: Tx): Promise<string> {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.ttlDays * DAY_MS);
    await this.deps.repositories.refreshTokens.insert(
      { customerId, familyId, tokenHash: sha256(token), expiresAt },
      tx,
    );
    return token;
  }

  /** Spends `token` and returns its successor; 401 when unknown, expired or already spent. */
  async rotate(token: string): Promise<{ customerId: number; refreshToken: string }> {
    const { refreshTokens, transactions } = this.deps.repositories;
    const stored = await refreshTokens.byHash(sha256(token));
    if (!stored) throw refused('refresh token is invalid');
    if (stored.revokedAt !== null) {
      await refreshTokens.revokeFamily(stored.familyId);
      throw reused();
    }
    if (stored.expiresAt.getTime() <= Date.now()) throw refused('refresh token expired');
    // Spending and replacing happen in one transaction: a concurrent use of the same token
    // waits on the row lock, then finds it spent and revokes the family including the successor.
    const successor = await transactions.run(async (tx) =>
      (await refreshTokens.spend(stored.id, tx))
        ? this.issue(stored.customerId, stored.familyId, tx)
        : undefined,
    );
    if (!successor) {
      await refreshTokens.revokeFamily(stored.familyId);
      throw reused();
    }
    return { customerId: stored.customerId, refreshToken: successor };
  }

  /** Signs out the login `token` belongs to. Unknown tokens are ignored. */
  async revoke(token: string): Promise<void> {
    const stored = await this.deps.repositories.refreshTokens.byHash(sha256(token));
    if (stored) await this.deps.repositories.refreshTokens.revokeFamily(stored.familyId);
  }
}
