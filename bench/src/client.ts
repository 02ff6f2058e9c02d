import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlAnswer<T> {
  readonly data?: T;
  readonly errors?: { message: string; extensions?: { code?: string } }[];
  /** From the API's `Server-Timing: sql;desc="N statements"` header. */
  readonly statements: number | null;
}

/** A GraphQL client over real HTTP, as a browser would be (keep-alive, JSON). */
export class HttpClient {
  constructor(
    readonly url: string,
    private readonly token?: string,
  ) {}

  as(token: string): HttpClient {
    return new HttpClient(this.url, token);
  }

  async gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GqlAnswer<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlAnswer<T>, 'statements'>;
    const timing = /sql;desc="(\d+) statements"/.exec(response.headers.get('server-timing') ?? '');
    return { ...body, statements: timing ? Number(timing[1]) : null };
  }

  /** The data of an answer that must succeed; anything else stops the benchmark. */
  async data<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const answer = await this.gql<T>(query, variables);
    if (!answer.data || answer.errors) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  }

  async signIn(email: string, password: string): Promise<HttpClient> {
    const data = await this.data<{ signIn: { accessToken: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    return this.as(data.signIn.accessToken);
  }

  get accessToken(): string {
    if (!this.token) throw new Error('this client has not signed in');
    return this.token;
  }
}

/** One graphql-ws connection, as one open browser tab holds. */
export function wsClient(httpUrl: string, token: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: httpUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => resolve(client), closed: (event) => reject(new Error(`connection closed: ${JSON.stringify(event)}`)) },
    });
  });
}
