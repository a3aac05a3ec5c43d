import { api, query } from './client';
import type { Cart, Customer, Order, Paged, Session } from './types';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  phone?: string;
  cartId?: string;
}

export const authApi = {
  register: (input: RegisterInput) =>
    api<{ data: Session }>('/auth/register', { method: 'POST', body: input, anonymous: true }).then(
      (r) => r.data,
    ),
  login: (email: string, password: string, cartId?: string) =>
    api<{ data: Session }>('/auth/login', {
      method: 'POST',
      body: { email, password, cartId },
      anonymous: true,
    }).then((r) => r.data),
  refresh: (refreshToken: string) =>
    api<{ data: Session }>('/auth/refresh', { method: 'POST', body: { refreshToken }, anonymous: true }).then(
      (r) => r.data,
    ),
  logout: (refreshToken: string) =>
    api<void>('/auth/logout', { method: 'POST', body: { refreshToken }, anonymous: true }),
  me: () => api<{ data: Customer }>('/me').then((r) => r.data),
  myOrders: (page = 1) => api<Paged<Order>>(`/me/orders${query({ page })}`),
  myCart: () => api<{ data: Cart }>('/me/cart').then((r) => r.data),
};
