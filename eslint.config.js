// Lint rules, including the architecture's boundaries (see ../shared/DESIGN.md):
// domain/ stays free of React, Dexie and Zustand; features do not import each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** No raw HTML anywhere: every text is rendered as text. */
const NO_RAW_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'No raw HTML.',
};

const FEATURES = [
  'checklist',
  'readiness',
  'certifications',
  'clearances',
  'settings',
  'clinical-hours',
  'degree',
  'exam',
  'targets',
  'report',
  'backup',
  'pairing',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench-dist',
      'coverage',
      'test-results',
      'playwright-report',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The app's code, the plain-JavaScript module it shares with the sync server included.
    files: ['**/*.{ts,tsx}', 'src/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        NO_RAW_HTML,
        {
          selector: "ImportDeclaration[source.value='react'] ImportSpecifier[imported.name='lazy']",
          message:
            'Use lazyComponent (src/ui/lazy-component.ts): React.lazy holds a preloaded screen back 300 ms.',
        },
      ],
      // `const { blob, ...info } = file` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'domain/ is plain TypeScript.' },
            { group: ['dexie', 'dexie/*'], message: 'domain/ does not touch storage.' },
            { group: ['zustand', 'zustand/*'], message: 'domain/ does not know the store.' },
            {
              group: ['../db/*', '../store/*', '../features/*', '../ui/*', '../app/*'],
              message: 'domain/ imports only domain/.',
            },
            {
              group: [
                '../../db/*',
                '../../store/*',
                '../../features/*',
                '../../ui/*',
                '../../app/*',
              ],
              message: 'domain/ imports only domain/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Pass dates in; domain/ never reads the clock. Use dates.ts.' },
      ],
    },
  },
  {
    // Sync stays off the first screen: outside src/sync/ it is reached only through import(),
    // which this rule allows. (typescript-eslint's copy of the rule, so that the folders' own
    // no-restricted-imports below do not replace it.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/sync/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['yjs', 'yjs/*', '@hocuspocus/*', 'y-protocols', 'y-protocols/*', '**/sync/*'],
              message: 'Sync code loads on demand: import() it, never import it statically.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/dates.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The one place React.lazy is called.
    files: ['src/ui/lazy-component.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_RAW_HTML] },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((other) => other !== feature).map((other) => `../${other}/*`),
              message:
                'A feature imports from domain/, store/ and ui/, never from another feature.',
            },
            {
              group: ['../../db/*', 'dexie'],
              message: 'Features write through store actions, never to Dexie.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../features/*', '../db/*', 'dexie'], message: 'ui/ is presentational.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '*.config.{js,ts}',
      'tests/e2e/**/*.ts',
      'tests/screenshots/**/*.ts',
    ],
    // Node scripts; functions passed to page.evaluate run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures call `use`, which is not React's.
    files: ['tests/e2e/**/*.ts', 'tests/screenshots/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
