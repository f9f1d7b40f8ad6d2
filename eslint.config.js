// Lint for the app, the emulator and the scripts. Type-checked rules catch floating promises; the React
// Compiler rules (react-hooks 7) catch refs read during render and stale closures; import rules hold the
// layering: lib, config and components never import features or app, and no feature imports another.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const FEATURES = [
  'account',
  'activity',
  'bookmarks',
  'collections',
  'console',
  'data-access',
  'datasets',
  'file-manager',
  'helper-pages',
  'local-copy',
  'sharing',
];

/** Each feature may import only itself among features. */
const featureIsolation = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other: move what both need down to src/lib or src/components.',
}));

const sharedLayers = ['./src/lib', './src/config', './src/components'].map((target) => ({
  target,
  from: ['./src/features', './src/app'],
  message: 'Shared layers never import features or the app layer.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...featureIsolation, ...sharedLayers] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // The session's HTTP client is a service, not data: it never belongs in a query key.
    rules: { '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['GlobusHttp', 'TransferHttp'] } }] },
  },
  {
    // Tests read Globus's JSON answers loosely on purpose: an assertion on a field is the check, so the
    // no-unsafe family would only add casts that prove nothing.
    files: ['**/*.test.{ts,tsx}', 'src/**/test/**/*.{ts,tsx}', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Fakes stand in for async APIs (file handles, fetch): `async () => value` is the honest shape.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
