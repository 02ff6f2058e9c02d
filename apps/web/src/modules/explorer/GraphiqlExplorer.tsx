import './monaco-workers';
import type { Storage } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
// graphiql/style.css without its copy of Monaco's CSS (the bundled editor brings its own).
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';
import '@graphiql/react/style.css';
import '@graphiql/plugin-history/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import 'graphiql/graphiql.css';
import { useState } from 'react';
import { useApiSocket, useSessionStore } from '../../app/providers';
import { explorerFetcher } from './explorer-fetcher';

/**
 * GraphiQL 5 (Monaco), bundled: this module and its imports are the explorer's own chunks, loaded
 * only when the page opens. Its interface speaks English only (lang="en" tells screen readers).
 */
export default function GraphiqlExplorer({ introspection, defaultQuery }: { introspection: boolean; defaultQuery: string }) {
  const session = useSessionStore();
  const socket = useApiSocket();
  const [fetcher] = useState(() => explorerFetcher(session, socket, () => document.documentElement.lang || 'pl'));
  const [storage] = useState(memoryStorage);
  return (
    <div className="explorer-editor" lang="en">
      <GraphiQL
        fetcher={fetcher}
        // Without introspection there is no schema to fetch: GraphiQL still runs what is typed.
        {...(introspection ? {} : { schema: null })}
        defaultQuery={defaultQuery}
        forcedTheme="light"
        shouldPersistHeaders={false}
        storage={storage}
      >
        {/* Its name without the default link out to GitHub: nothing here leads off this site unasked. */}
        <GraphiQL.Logo>GraphiQL</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}

/**
 * GraphiQL keeps its tabs and history in localStorage by default: what people type there
 * (passwords in signIn, tokens in acceptInvitation) would stay on disk after they sign out, in
 * reach of any script of this origin. Here it lives as long as the page.
 */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}
