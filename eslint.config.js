// Lint rules, including the folder boundaries from ARCHITECTURE.md: shared/ is pure,
// electron/services and electron/handlers never touch Electron, renderer/ never touches
// Node or Electron, and production code never reaches into tests/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)].filter(
  (m) => !m.startsWith('_'),
);
const restrict = (message, groups) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Vitest's asymmetric matchers (expect.stringMatching, expect.any) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: '^(?!zod$|@noble/hashes/|\\.{1,2}/)',
            message: 'shared/ is pure TypeScript: it may import only zod, @noble/hashes (SHA-256) and other files in shared/.',
          },
          restrict('shared/ may not import electron/, renderer/ or tests/.', ['**/electron/**', '**/renderer/**', '**/tests/**']),
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [restrict('electron/ may not import the renderer or tests.', ['**/renderer/**', '**/tests/**'])],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/handlers/**/*.ts', 'electron/externalLinks.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Services and handlers run in the browser harness too: pass Electron in as a dependency.' }],
        patterns: [restrict('electron/ may not import the renderer or tests.', ['**/renderer/**', '**/tests/**'])],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to main only through window.careAppraisals.' }],
        patterns: [
          restrict('The renderer runs in a browser sandbox: no Node modules.', nodeBuiltins),
          restrict('The renderer may import shared/, not electron/ or tests/.', ['**/electron/**', '**/tests/**']),
        ],
      }],
    },
  },
);
