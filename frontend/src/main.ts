import './styles/main.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { prefetchProduct } from './api/catalog';
import App from './App.vue';
import { applyLocale, createAppI18n } from './i18n';
import { createAppRouter } from './router';
import { useAuthStore } from './stores/auth';

const productPath = /^\/p\/([^/]+)\/?$/.exec(window.location.pathname);
if (productPath?.[1]) prefetchProduct(decodeURIComponent(productPath[1]));

const i18n = createAppI18n();
const pinia = createPinia();
const app = createApp(App).use(pinia).use(i18n);
const auth = useAuthStore(pinia);
app.use(createAppRouter({ isSignedIn: () => auth.customer !== null, isAdmin: () => auth.isAdmin }));
applyLocale(i18n.global, i18n.global.locale.value as 'bn' | 'en');
// Let the browser paint the pre-rendered first screen (index.html / app.html) before Vue
// replaces it: customers see the shop one frame after the HTML, not after the JavaScript.
requestAnimationFrame(() => setTimeout(() => app.mount('#app'), 0));
