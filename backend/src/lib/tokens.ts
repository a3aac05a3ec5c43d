import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';

/** Who a token speaks for; the customers module stores it on each account. */
export type Role = 'customer' | 'admin';

export interface AccessClaims {
  customerId: number;
  role: Role;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

const ISSUER = 'dhakacart-api';
const AUDIENCE = 'dhakacart';

/** Short-lived HS256 access tokens. */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: AccessClaims): Promise<string> {
    return new SignJWT({ role: claims.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(claims.customerId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const customerId = Number(payload.sub);
      const role = payload.role;
      if (!Number.isInteger(customerId) || (role !== 'customer' && role !== 'admin')) {
        throw new InvalidTokenError('token claims are malformed');
      }
      return { customerId, role };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('access token expired');
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError('access token is invalid');
    }
  }
}

/** 256 bits of randomness, URL-safe: cart ids, order access tokens, refresh tokens. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Only hashes of bearer secrets are stored. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
