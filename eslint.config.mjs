// ESLint flat config shared by every workspace: typescript-eslint's recommended rules, type-aware.
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layering = 'backend/README.md, layering; docs/adr/0026';
/** lib/ holds what every module may use, so it imports no module (nor db/, which wires the models). */
const noModules = [
  { regex: '(^|/)(modules|db)(/|$)', message: `lib/ must not import from modules/ or db/ (${layering}).` },
];
/** Another module only through its index.ts: `../cart`, never `../cart/cart.service`. */
const moduleIndexMessage = `import another module through its index.ts, e.g. '../cart' (${layering}).`;
const onlyModuleIndexes = [
  { regex: '^\\.\\./[a-z-]+/.|(^|/)modules/[a-z-]+/.', message: moduleIndexMessage },
];
const onlyModuleIndexesFromOutside = [{ regex: '(^|/)modules/[a-z-]+/.', message: moduleIndexMessage }];
/** Models, Sequelize and SQL belong to *.repository.ts (and the *.sql.ts fragments they share). */
const noDatabase = [
  {
    group: ['sequelize', '*.models', '**/lib/db', '**/lib/sql', '**/lib/sql-params', '**/db/*', '*.sql'],
    message: `only *.repository.ts files use models, Sequelize or SQL; go through deps.repositories (${layering}).`,
  },
];
/** Routes parse, call a service and respond: no repositories, no transactions. */
const noRepositories = [
  {
    group: ['*.repository', '**/lib/transactions'],
    message: `routes call services, never repositories or transactions (${layering}).`,
  },
];
const restrict = (...parts) => ['error', { patterns: parts.flat() }];
const noDepsSequelize = {
  selector: "MemberExpression[property.name='sequelize']",
  message: `routes and services reach the database through deps.repositories (${layering}).`,
};
/** no-restricted-imports sees only static imports: a relative import() would pass every rule above. */
const noRelativeImportExpression = {
  selector: 'ImportExpression[source.value=/^\\./]',
  message: `import the project's own files statically, so the layering rules see them (${layering}).`,
};
const syntax = (...selectors) => ['error', ...selectors];

function backendLayering() {
  const modules = 'backend/src/modules/**/*.ts';
  const tests = ['backend/src/**/*.test.ts'];
  const repositoryLayer = [
    'backend/src/modules/**/*.repository.ts',
    'backend/src/modules/**/*.sql.ts',
    'backend/src/modules/**/*.models.ts',
  ];
  const routes = 'backend/src/modules/**/*.routes.ts';
  return [
    {
      files: ['backend/src/lib/**/*.ts'],
      ignores: tests,
      rules: {
        'no-restricted-imports': restrict(noModules),
        'no-restricted-syntax': syntax(noRelativeImportExpression),
      },
    },
    {
      files: [modules],
      ignores: [...tests, ...repositoryLayer, routes],
      rules: {
        'no-restricted-imports': restrict(onlyModuleIndexes, noDatabase),
        'no-restricted-syntax': syntax(noDepsSequelize, noRelativeImportExpression),
      },
    },
    {
      files: [routes],
      rules: {
        'no-restricted-imports': restrict(onlyModuleIndexes, noDatabase, noRepositories),
        'no-restricted-syntax': syntax(noDepsSequelize, noRelativeImportExpression),
      },
    },
    // Models may associate with another module's models (a cart line belongs to a product).
    {
      files: repositoryLayer.slice(0, 2),
      rules: {
        'no-restricted-imports': restrict(onlyModuleIndexes),
        'no-restricted-syntax': syntax(noRelativeImportExpression),
      },
    },
    // The app wiring (app.ts, deps.ts, repositories.ts, index.ts, cli/, the seed) uses module
    // indexes too; db/models.ts is the one place that binds every module's models.
    {
      files: [
        'backend/src/*.ts',
        'backend/src/cli/**/*.ts',
        'backend/src/db/seed/**/*.ts',
        'backend/src/http/**/*.ts',
      ],
      ignores: tests,
      rules: {
        'no-restricted-imports': restrict(onlyModuleIndexesFromOutside),
        'no-restricted-syntax': syntax(noRelativeImportExpression),
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      'dist/**',
      'argocd/**',
      'frontend/dist/**',
      'frontend/test-results/**',
      'manifests-src/src/imports/**',
      'frontend/src/api/schema.gen.ts',
      'coverage/**',
      '.data/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The backend's layering (backend/README.md, ADR 0026). Each object below sets the whole
  // no-restricted-imports list for its files (flat config replaces a rule's options, it does
  // not merge them), so the lists are composed from these parts.
  ...backendLayering(),
  // The storefront: Vue single-file components (TypeScript inside <script setup>) run in the browser.
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['frontend/**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    files: ['frontend/src/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Prettier owns formatting; these layout rules would fight it.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
);
