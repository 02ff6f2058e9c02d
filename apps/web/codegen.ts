import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the app's operations from the committed schema; `--check` (in the test target)
// fails when the generated file is stale. No generated hooks: Apollo's own take the documents.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', PLN: 'string', UUID: 'string', JSON: 'unknown' },
        enumType: 'const',
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: false,
      },
    },
  },
};
export default config;
