import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Test helpers (src/testing/) may use node:fs or fixed secrets; production code never imports them.
const testingOnly = { group: ['**/testing/*'], message: 'Test helpers in src/testing/ are for tests only.' }
const testFiles = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/testing/**']

// Later flat-config entries replace a rule's options rather than merge them, so each restricted folder
// gets two entries: one for everything in it, then one adding the test-helper ban for its production files.
const restrictImports = (files, patterns) => [
  ...(patterns.length > 0 ? [{ files, rules: { 'no-restricted-imports': ['error', { patterns }] } }] : []),
  {
    files,
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, testingOnly] }] },
  },
]

// Imports flow one way: app -> guide -> docs/inspector/lessons -> server. The server and the lessons know
// nothing of React, and a lesson never imports another lesson (only src/lessons/shared/).
const noReactIn = (files, extraPatterns = []) =>
  restrictImports(files, [
    ...extraPatterns,
    {
      group: ['react', 'react-dom', 'react/*', 'swagger-ui-react'],
      message: 'The stand-in and the lessons stay free of React.',
    },
    {
      group: ['**/app/*', '**/docs/*', '**/inspector/*', '**/ui/*'],
      message: 'Imports flow one way: the shell depends on the server, not the reverse.',
    },
  ])

export default tseslint.config(
  {
    // Third-party files copied as they ship: msw's worker, Swagger UI's OAuth2 redirect script.
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'public/oauth2-redirect.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'public/playground-worker.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // A cycle makes module order decide what is initialised first; type-only imports are checked too,
    // since they tie two modules' designs together just the same. Every import in src/ is relative,
    // so resolving .ts and .tsx files the way Node would is enough.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Hooks live in use-*.ts files too, without JSX.
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...restrictImports(['src/**/*.ts', 'src/**/*.tsx'], []),
  ...noReactIn(['src/server/**/*.ts']),
  // `../<folder>/` from a lesson's folder is another lesson, except src/lessons/shared/: the code several
  // lessons share, which the same rule keeps from importing any lesson.
  ...noReactIn(
    ['src/lessons/*/**/*.ts'],
    [
      {
        regex: '^\\.\\./(?!\\.\\.|shared/)[^/]+/',
        message: 'A lesson never imports another lesson; what several lessons share goes in src/lessons/shared/.',
      },
    ],
  ),
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    // The service worker's own script: plain JavaScript, run as a classic worker script.
    files: ['public/playground-worker.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
  },
  { files: ['vite.config.ts', 'eslint.config.js', 'e2e/**/*.ts'], rules: { 'no-restricted-syntax': 'off' } },
)
