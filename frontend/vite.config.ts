// Vite build for the storefront. vue-i18n is built without the legacy API and devtools
// so the initial bundle stays inside the 90 KB (gzip) budget.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    // The runtime-only build: messages go through our own compiler (src/i18n/compile.ts).
    alias: { 'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
  },
  build: {
    target: 'es2022',
    // Hashed file names under /assets/: nginx serves them as immutable.
    assetsDir: 'assets',
    reportCompressedSize: true,
    // index.html is the home page with its first screen pre-rendered; app.html is the shell
    // that nginx serves for every other path.
    rollupOptions: {
      input: { index: 'index.html', app: 'app.html' },
      // Libraries in one long-cached chunk; the app's shared modules in one more.
      output: {
        advancedChunks: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            { name: 'shared', test: /src\/(api|lib|stores|composables|i18n)\//, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
