import type { AppDeps } from '../../deps';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { HttpProblem } from '../../lib/problem';
import { randomToken } from '../../lib/tokens';
import { CartService } from '../cart';
import { EmailTaken, type CustomerRecord } from './customer.repository';
import type { Session } from './customer.schemas';
import { toCustomerView } from './customer.view';
import { loginLimits } from './login-limits';
import { RefreshTokens } from './refresh-token.service';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  phone?: string;
  cartId?: string;
}

export interface LoginInput {
  email: string;
  password: string;
  cartId?: string;
}

/** Verified against when the e-mail is unknown, so both failures cost the same time. */
let decoyHash: Promise<string> | undefined;

const wrongCredentials = () =>
  new HttpProblem('unauthorized', 'E-mail or password is wrong', {}, { 'WWW-Authenticate': 'Bearer' });

/** Registration, login, refresh and logout: argon2id passwords, JWT access + rotating refresh tokens. */
export class AuthService {
  private readonly refreshTokens: RefreshTokens;
  private readonly carts: CartService;
  private readonly limits: ReturnType<typeof loginLimits>;

  constructor(private readonly deps: AppDeps) {
    this.refreshTokens = new RefreshTokens(deps, deps.config.auth.refreshTtlDays);
    this.carts = new CartService(deps.repositories.carts);
    this.limits = loginLimits(deps.config);
  }

  async register(input: RegisterInput, clientIp: string): Promise<Session> {
    await this.deps.rateLimits.consume(this.limits.registrationsPerIp, clientIp);
    const passwordHash = await hashPassword(input.password);
    try {
      const customer = await this.deps.repositories.customers.create({
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        passwordHash,
      });
      return await this.startSession(customer, input.cartId);
    } catch (error) {
      if (error instanceof EmailTaken) {
        throw new HttpProblem('conflict', 'An account with this e-mail already exists');
      }
      throw error;
    }
  }

  /** Same answer, in about the same time, for an unknown e-mail and a wrong password. */
  async login(input: LoginInput, clientIp: string): Promise<Session> {
    await this.deps.rateLimits.consume(this.limits.perIp, clientIp);
    await this.deps.rateLimits.consume(this.limits.perAccount, input.email);
    const customer = await this.deps.repositories.customers.byEmail(input.email);
    decoyHash ??= hashPassword(randomToken());
    const valid = await verifyPassword(customer?.passwordHash ?? (await decoyHash), input.password);
    if (!customer || !valid) throw wrongCredentials();
    await this.deps.rateLimits.reset(this.limits.perAccount, input.email);
    return this.startSession(customer, input.cartId);
  }

  async refresh(refreshToken: string): Promise<Session> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const customer = await this.deps.repositories.customers.byId(rotated.customerId);
    if (!customer) throw wrongCredentials();
    return this.session(
      customer,
      rotated.refreshToken,
      await this.carts.attachToCustomer(customer.id, undefined),
    );
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }

  private async startSession(customer: CustomerRecord, cartId: string | undefined): Promise<Session> {
    const [refreshToken, ownCartId] = await Promise.all([
      this.refreshTokens.issue(customer.id),
      this.carts.attachToCustomer(customer.id, cartId),
    ]);
    return this.session(customer, refreshToken, ownCartId);
  }

  private async session(
    customer: CustomerRecord,
    refreshToken: string,
    cartId: string | null,
  ): Promise<Session> {
    return {
      customer: toCustomerView(customer),
      accessToken: await this.deps.tokens.issue({ customerId: customer.id, role: customer.role }),
      refreshToken,
      expiresIn: this.deps.tokens.ttlSeconds,
      cartId,
    };
  }
}
