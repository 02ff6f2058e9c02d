import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

const TEST_FILES = ['**/*.spec.ts', '**/*.spec.tsx', 'apps/web-e2e/**/*.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'libs/platform/testing/**/*.ts', 'libs/testing/**/*.ts'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', '**/tmp', '**/*.cjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // The architecture as a rule: apps compose; contexts use platform and kernel and only the
      // contexts their row allows; platform knows no domain; kernel is plain TypeScript.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:context', 'type:platform', 'type:kernel', 'type:testing'] },
            { sourceTag: 'type:context', onlyDependOnLibsWithTags: ['type:context', 'type:platform', 'type:kernel', 'type:testing'] },
            // type:testing only from test files: production code is kept from it by no-restricted-imports below.
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:kernel', 'type:testing'] },
            {
              sourceTag: 'type:kernel',
              onlyDependOnLibsWithTags: ['type:kernel'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'graphql'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:kernel', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:kernel'] },
            // The browser app talks to the API over GraphQL only; it shares the kernel's plain rules (money, TERC).
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:kernel'] },
            { sourceTag: 'context:gminas', onlyDependOnLibsWithTags: ['type:platform', 'type:kernel', 'type:testing'] },
            { sourceTag: 'context:identity', onlyDependOnLibsWithTags: ['type:platform', 'type:kernel', 'type:testing'] },
            {
              sourceTag: 'context:projects',
              onlyDependOnLibsWithTags: ['context:discussion', 'context:partnerships', 'context:gminas', 'context:identity', 'context:notifications', 'type:platform', 'type:kernel', 'type:testing'],
            },
            {
              sourceTag: 'context:plans',
              onlyDependOnLibsWithTags: ['context:discussion', 'context:projects', 'context:partnerships', 'context:gminas', 'context:identity', 'context:notifications', 'type:platform', 'type:kernel', 'type:testing'],
            },
            // Support names gminas, partnerships, people, and the projects' tasks follow-ups become.
            {
              sourceTag: 'context:advisory',
              onlyDependOnLibsWithTags: ['context:projects', 'context:partnerships', 'context:gminas', 'context:identity', 'context:notifications', 'type:platform', 'type:kernel', 'type:testing'],
            },
            // The council decides on projects and plans, through their public APIs.
            {
              sourceTag: 'context:council',
              onlyDependOnLibsWithTags: ['context:discussion', 'context:plans', 'context:projects', 'context:partnerships', 'context:gminas', 'context:identity', 'context:notifications', 'type:platform', 'type:kernel', 'type:testing'],
            },
            // One comment mechanism: the contexts whose things take comments register them as subjects.
            { sourceTag: 'context:discussion', onlyDependOnLibsWithTags: ['context:identity', 'context:notifications', 'type:platform', 'type:kernel', 'type:testing'] },
            // The inbox knows people and their roles only; the contexts that notify depend on it.
            { sourceTag: 'context:notifications', onlyDependOnLibsWithTags: ['context:identity', 'type:platform', 'type:kernel', 'type:testing'] },
            {
              sourceTag: 'context:partnerships',
              onlyDependOnLibsWithTags: ['context:gminas', 'context:identity', 'type:platform', 'type:kernel', 'type:testing'],
            },
          ],
        },
      ],
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The web app: the same boundaries, plus React's and accessibility's rules.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Production code never reaches into test helpers.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@wspolnie/platform-testing', message: 'Test helpers are for tests only.' }, { name: '@wspolnie/identity/testing', message: 'Test helpers are for tests only.' }] }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: TEST_FILES,
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off', 'max-lines': 'off' },
  },
  {
    // Generated from the schema and the .graphql documents: as long as they are.
    files: ['apps/web/src/**/graphql.generated.ts'],
    rules: { 'max-lines': 'off' },
  },
];
