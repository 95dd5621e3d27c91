// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** What no file of src/core may import: the core is pure TypeScript (README, "Layout"). */
const CORE_PURITY = [
  {
    group: ['preact', 'preact/*', '@preact/*'],
    message: 'src/core must not use Preact.',
  },
  {
    group: ['**/ui/**', '../ui', '../../ui'],
    message: 'src/core must not import the UI.',
  },
  { group: ['@testing-library/*'], message: 'Not in src/core.' },
];

/**
 * The purity rules plus: files of src/core/<module> import nothing from the
 * modules listed (those at its own layer or above it).
 */
function coreLayer(module, above) {
  return [
    {
      files: [`src/core/${module}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...CORE_PURITY,
              {
                regex: String.raw`^(\.\./)+(${above.join('|')})(/|$)`,
                message: `core/${module} must not import ${above.join(', ')} (its own layer or above): move what both need down, into spec/ or encoding/.`,
              },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'bench-dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render as text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render as text.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The pure core: no Preact, no UI, no DOM, no network (README, "Layout").
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: CORE_PURITY,
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'localStorage', message: 'src/core keeps nothing.' },
        { name: 'sessionStorage', message: 'src/core keeps nothing.' },
        { name: 'fetch', message: 'src/core sends nothing.' },
        { name: 'XMLHttpRequest', message: 'src/core sends nothing.' },
      ],
    },
  },
  // The UI reaches the core only through the modules' entry points (their
  // index.ts), never a file inside them, nor core/index.ts (which gathers the
  // heavy PKI modules too, for Node users).
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // core/pki/request is pki's light face (no @peculiar/x509) for forms.
              regex: String.raw`^(\.\./)+core(/index)?$|^(\.\./)+core/(?!pki/request$)[^/]+/`,
              message:
                'Import a core module by its entry point, e.g. core/spec or core/pki (core/pki/request for the x509-free part).',
            },
          ],
        },
      ],
    },
  },
  // Layers of the core, bottom up: encoding; spec; schema; then order,
  // response, config and pki side by side; cert on top of pki. A module
  // imports only from layers below it (src/core/index.ts gathers them all).
  ...coreLayer('encoding', ['spec', 'schema', 'order', 'response', 'config', 'pki', 'cert']),
  ...coreLayer('spec', ['schema', 'order', 'response', 'config', 'pki', 'cert']),
  ...coreLayer('schema', ['order', 'response', 'config', 'pki', 'cert']),
  ...coreLayer('order', ['response', 'config', 'pki', 'cert']),
  ...coreLayer('response', ['order', 'config', 'pki', 'cert']),
  ...coreLayer('config', ['order', 'response', 'pki', 'cert']),
  ...coreLayer('pki', ['order', 'response', 'config', 'cert']),
  ...coreLayer('cert', ['order', 'response', 'config']),
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
