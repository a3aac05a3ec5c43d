import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import HomeView from '../views/HomeView.vue';
import ProductView from '../views/ProductView.vue';

// Every view but the home and product pages (where customers land from search engines and
// shared links) is its own chunk, fetched when first visited.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/products', name: 'catalog', component: () => import('../views/CatalogView.vue') },
  { path: '/c/:category', name: 'category', component: () => import('../views/CatalogView.vue') },
  { path: '/p/:slug', name: 'product', component: ProductView },
  { path: '/cart', name: 'cart', component: () => import('../views/CartView.vue') },
  { path: '/checkout', name: 'checkout', component: () => import('../views/CheckoutView.vue') },
  { path: '/orders/:number', name: 'order', component: () => import('../views/OrderView.vue') },
  { path: '/login', name: 'login', component: () => import('../views/LoginView.vue') },
  { path: '/register', name: 'register', component: () => import('../views/RegisterView.vue') },
  {
    path: '/account',
    name: 'account',
    component: () => import('../views/AccountView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/admin',
    component: () => import('../views/admin/AdminLayout.vue'),
    meta: { requiresAdmin: true },
    children: [
      { path: '', redirect: { name: 'admin-orders' } },
      { path: 'orders', name: 'admin-orders', component: () => import('../views/admin/AdminOrdersView.vue') },
      {
        path: 'products',
        name: 'admin-products',
        component: () => import('../views/admin/AdminProductsView.vue'),
      },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
];

export interface Guards {
  isSignedIn(): boolean;
  isAdmin(): boolean;
}

export function createAppRouter(guards: Guards, history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach((to) => {
    const needsAdmin = to.matched.some((record) => record.meta.requiresAdmin);
    const needsAuth = needsAdmin || to.matched.some((record) => record.meta.requiresAuth);
    if (needsAuth && !guards.isSignedIn()) return { name: 'login', query: { next: to.fullPath } };
    if (needsAdmin && !guards.isAdmin()) return { name: 'home' };
    return true;
  });
  return router;
}
