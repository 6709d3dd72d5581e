// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/ is the shipped app: it must never reach into demo data, mock handlers or tests.
// The one sanctioned exception is the demo bootstrap's dynamic import(), which this
// rule does not see (no-restricted-imports checks static imports only).
const appBoundary = {
  patterns: [
    {
      regex: '(^|/)(mocks|fixtures|tests)(/|$)',
      message: 'src/ must not import mocks/, fixtures/ or tests/ (only the demo bootstrap may, via dynamic import()).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'public/mockServiceWorker.js', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', appBoundary] },
  },
  {
    // index.html's early-fetch script: plain JavaScript that runs in the page as is.
    files: ['public/early-fetch.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...appBoundary.patterns,
            { regex: '^(react|react-dom|@tanstack/.*|zustand|recharts)$', message: 'src/domain is pure: no React, query or store imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', 'mocks/**/*.ts', 'fixtures/**/*.ts', 'server/**/*.ts', '*.config.{ts,js}', 'scripts/**/*.{mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Benchmarks and scripts report by printing.
    files: ['tests/perf/**/*.ts', 'tests/bench/**/*.ts', 'scripts/**/*.{mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
);
