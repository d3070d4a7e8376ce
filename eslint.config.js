// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Import boundaries. Imports flow one way: core ← db ← server, core ← db ← cli, core ← web.
 * Each rule says why, so a newcomer who trips it learns the architecture instead of a rule name.
 */
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util'],
  message:
    'packages/core is pure: no I/O and no clocks. Pass data and time in from db, server or cli (see docs/ARCHITECTURE.md).',
};
const outerPackages = (from) => ({
  group: [
    '@bearing/cli',
    '@bearing/db',
    '@bearing/server',
    '@bearing/web',
    '@bearing/testing',
    '@bearing/templates',
  ],
  message: `${from} must not depend on outer layers; imports flow core ← db ← server/cli (see docs/ARCHITECTURE.md).`,
});

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'docs/strategy-file.schema.json', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'packages/cli/bin/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // noUncheckedIndexedAccess types every indexed read as T | undefined; inside loops bounded
      // by the length, `!` states what the loop already guarantees.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            outerPackages('packages/core'),
            {
              group: ['kysely', 'fastify', 'react', 'commander', 'better-sqlite3', 'pg'],
              message: 'packages/core is pure domain code: no database, HTTP, UI or CLI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'Date',
          message: 'core reads no clock: take the period or the time as an argument.',
        },
        {
          name: 'process',
          message: 'core does no I/O: let the CLI or server read the environment.',
        },
      ],
    },
  },
  {
    files: ['packages/templates/src/**/*.ts'],
    ignores: ['packages/templates/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@bearing/*'],
              message:
                'packages/templates is data and a file reader that the server and the cli share; it depends on nothing (callers parse the templates with core).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/io/src/**/*.ts'],
    ignores: ['packages/io/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@bearing/db',
                '@bearing/server',
                '@bearing/cli',
                '@bearing/web',
                '@bearing/testing',
                '@bearing/templates',
              ],
              message:
                'packages/io turns files (CSV, XLSX) into rows and rows into files; it may import only @bearing/core, so the cli and the server share it (see docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@bearing/web', '@bearing/testing'],
              message:
                'cli depends on core, db and server (`bearing serve` starts the API); the web app is a separate bundle and test helpers stay in tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      // `onClick={() => setOpen(true)}` is the idiom of every React codebase; braces add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@bearing/db',
                '@bearing/server',
                '@bearing/cli',
                '@bearing/testing',
                'node:*',
              ],
              message:
                'The web app runs in the browser and talks to the server over the API (src/api); it may import only @bearing/core (types and pure functions).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
