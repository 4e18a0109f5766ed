// Lint rules, including the folder boundaries from ARCHITECTURE.md: shared/ is pure,
// electron/services and electron/handlers never touch Electron, renderer/ never touches
// Node or Electron, its layers import downward only (app > features > actions, components >
// db), only renderer/db touches Dexie's tables, and production code never reaches into tests/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)].filter(
  (m) => !m.startsWith('_'),
);
const restrict = (message, groups) => ({ group: groups, message });

// --- The renderer's layers -------------------------------------------------------------------
// no-restricted-imports sees the import as written, so each rule is generated per folder depth:
// from renderer/<layer>/<d folders>/file.ts, `../` (d + 1) times reaches renderer/, (d + 2)
// times the repository root. Options of one rule do not merge across config blocks, so every
// renderer block repeats the renderer-wide restrictions.
const rendererWide = {
  paths: [{ name: 'electron', message: 'The renderer talks to main only through window.careAppraisals.' }],
  patterns: [
    restrict('The renderer runs in a browser sandbox: no Node modules.', nodeBuiltins),
    restrict('The renderer may import shared/, not electron/ or tests/.', ['**/electron/**', '**/tests/**']),
  ],
};
const rendererImports = (patterns) => [
  'error',
  { paths: rendererWide.paths, patterns: [...rendererWide.patterns, ...patterns] },
];
const folderDepths = [0, 1, 2, 3];
const filesAt = (folder, depth) => [`renderer/${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`];
const up = (times) => `^(\\.\\./){${times}}`;
const features = readdirSync(new URL('./renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureBoundaries = features.flatMap((feature) =>
  folderDepths.map((depth) => ({
    files: filesAt(`features/${feature}`, depth),
    rules: {
      'no-restricted-imports': rendererImports([
        {
          regex: `${up(depth + 1)}(?!${feature}/)[^./]`,
          message: `renderer/features/${feature}/ may not import another feature. Code several screens use belongs in renderer/components/; paths and routes live in renderer/app/.`,
        },
        {
          regex: `${up(depth + 2)}(?!(?:app|actions|components|db)/)[^./]`,
          message: `renderer/features/${feature}/ may import only itself, renderer/app, actions, components and db, and shared/. Reach main through a workflow in renderer/actions/, never renderer/api.`,
        },
        {
          regex: `${up(depth + 3)}(?!shared/)[^./]`,
          message: 'Outside renderer/, the renderer may import only shared/.',
        },
      ]),
    },
  })),
);

const layerBoundaries = folderDepths.flatMap((depth) => [
  {
    files: filesAt('components', depth),
    rules: {
      'no-restricted-imports': rendererImports([
        {
          regex: `${up(depth + 1)}features/`,
          message:
            'renderer/components/ is shared by the features: it may not import one (features import components, never the reverse).',
        },
        {
          regex: `${up(depth + 1)}api$`,
          message:
            'renderer/components/ reaches main only through a workflow in renderer/actions/, never renderer/api.',
        },
      ]),
    },
  },
  {
    files: filesAt('actions', depth),
    rules: {
      'no-restricted-imports': rendererImports([
        {
          regex: `${up(depth + 1)}(?:features|app)/`,
          message:
            'renderer/actions/ sits below the screens: it may not import renderer/features/ or renderer/app/.',
        },
      ]),
    },
  },
  {
    files: filesAt('db', depth),
    rules: {
      'no-restricted-imports': rendererImports([
        {
          regex: `${up(depth + 1)}[^./]`,
          message:
            'renderer/db/ is the bottom layer: it imports only its own files, shared/ and Dexie, never renderer/features, components, actions, app or api.',
        },
      ]),
    },
  },
]);

// Dexie's tables (database.ts) are reached only inside renderer/db/: anything else calls a
// function there. Caught: a table read off a database or transaction handle (`db.appraisals`,
// `this.db.staff`), a table by name (`db.table('staff')`), and a table method on any
// `.settings/.staff/.frameworks/.appraisals` (`props.db.appraisals.get(id)`).
// Plain data that happens to have such a field (`leaver.staff.fullName`) is not.
const dexieTables = '/^(settings|staff|frameworks|appraisals)$/';
const databaseHandle = '/^(db|database|tx|transaction)$|(Db|Database)$/';
const dexieTableMethods =
  '/^(get|where|put|add|update|upsert|delete|bulkGet|bulkPut|bulkAdd|bulkUpdate|bulkDelete|toArray|toCollection|orderBy|count|clear|hook|each|limit|offset)$/';
const dexieMessage =
  'Only renderer/db/ touches Dexie tables: add (or use) a function in renderer/db/ and call that.';
const dexieTableAccess = {
  files: ['renderer/**/*.{ts,tsx}'],
  ignores: ['renderer/db/**'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: `MemberExpression[property.name=${dexieTables}]:matches([object.name=${databaseHandle}], [object.property.name=${databaseHandle}])`,
        message: dexieMessage,
      },
      { selector: "CallExpression[callee.property.name='table']", message: dexieMessage },
      {
        // (not again when the first selector already names it)
        selector: `MemberExpression[property.name=${dexieTableMethods}] > MemberExpression.object[property.name=${dexieTables}]:not([object.name=${databaseHandle}]):not([object.property.name=${databaseHandle}])`,
        message: dexieMessage,
      },
    ],
  },
};

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|@noble/hashes/|\\.{1,2}/)',
              message:
                'shared/ is pure TypeScript: it may import only zod, @noble/hashes (SHA-256) and other files in shared/.',
            },
            restrict('shared/ may not import electron/, renderer/ or tests/.', [
              '**/electron/**',
              '**/renderer/**',
              '**/tests/**',
            ]),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict('electron/ may not import the renderer or tests.', ['**/renderer/**', '**/tests/**']),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/handlers/**/*.ts', 'electron/externalLinks.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Services and handlers run in the browser harness too: pass Electron in as a dependency.',
            },
          ],
          patterns: [
            restrict('electron/ may not import the renderer or tests.', ['**/renderer/**', '**/tests/**']),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports([]) },
  },
  ...featureBoundaries,
  ...layerBoundaries,
  dexieTableAccess,
);
