import type { ApolloServerPlugin } from '@apollo/server';
import { localeOf } from '@wspolnie/platform-i18n';
import type { GraphQLFormattedError } from 'graphql';
import Negotiator from 'negotiator';
import { localizeError } from './format-error';

/**
 * Answers errors in the language the caller asked for (Accept-Language; Polish when absent).
 * Apollo's formatError sees no request, so it renders the default and this plugin renders
 * again, once the response is known. The same problem reported twice (a literal refused by
 * two rules) is answered once.
 */
export const answerInCallersLanguage: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const locale = localeOf(request.http?.headers.get('accept-language') ?? undefined);
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const seen = new Set<string>();
        const errors: GraphQLFormattedError[] = [];
        for (const error of response.body.singleResult.errors) {
          const key = JSON.stringify([error.message, error.path, error.locations]);
          if (seen.has(key)) continue;
          seen.add(key);
          errors.push(localizeError(error, locale));
        }
        response.body.singleResult.errors = errors;
      },
    };
  },
};

/**
 * HTTP status codes as the GraphQL-over-HTTP specification gives them per media type. With
 * `application/graphql-response+json` a request that cannot run (parse, validation or
 * variable errors: no `data`) is a 400, as Apollo answers. With `application/json` every
 * well-formed request is answered 200, the errors in the body, so that older clients read the
 * body instead of failing on the status. A malformed body is a 400 either way (http-server.ts).
 */
export const statusAsMediaTypeSays: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined || response.http.status !== 400) return;
        // Apollo picks the media type only after the plugins ran; the same choice, made here.
        const accept = request.http?.headers.get('accept');
        const mediaType = accept ? new Negotiator({ headers: { accept } }).mediaType([...SINGLE_RESULT_TYPES]) : SINGLE_RESULT_TYPES[0];
        if (!mediaType) return;
        response.http.headers.set('content-type', mediaType);
        if (mediaType.startsWith('application/json')) response.http.status = 200;
      },
    };
  },
};

/** As Apollo offers them, in its order of preference for a single result. */
const SINGLE_RESULT_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8'] as const;
