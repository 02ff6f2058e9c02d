import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Types for the app's operations from the committed schema; `--check` (in the test target)
// fails when a generated file is stale. One file per folder of .graphql documents, beside them,
// so each page's chunk carries only its own documents (one shared file would put every
// document of the app into the first page's download). No generated hooks: Apollo's own take
// the documents.
const SRC = 'apps/web/src';
const SHARED_FRAGMENTS = `${SRC}/session/session.graphql`;

function folders(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name.endsWith('.graphql')) ? [dir] : [];
  return [...here, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => folders(join(dir, entry.name)))];
}

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  generates: Object.fromEntries(
    folders(SRC).map((folder) => {
      const documents = readdirSync(folder)
        .filter((name) => name.endsWith('.graphql'))
        .map((name) => join(folder, name));
      // The session's fragment (SessionUser) is spread by the account pages' operations.
      const spreadsShared = documents.some((file) => /\.\.\.SessionUser\b/.test(readFileSync(file, 'utf8')));
      return [
        `${folder}/graphql.generated.ts`,
        {
          documents: spreadsShared && !documents.includes(SHARED_FRAGMENTS) ? [...documents, SHARED_FRAGMENTS] : documents,
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
      ];
    }),
  ),
};
export default config;
