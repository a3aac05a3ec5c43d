// Accounts: sign-up, sessions and the signed-in customer's pages; the first administrator.
export { customerRoutes } from './customer.routes';
export { CustomerRepository } from './customer.repository';
export { RefreshTokenRepository } from './refresh-token.repository';
export { ensureAdmin } from './admin-bootstrap';
