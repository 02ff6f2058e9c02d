import { JwtService } from '@nestjs/jwt';
import { ACCESS_TOKEN_TTL_SECONDS, hashToken, JWT_AUDIENCE, JWT_ISSUER, TokensService } from './tokens.service';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

function tokens(secret = SECRET): TokensService {
  return new TokensService(
    new JwtService({
      secret,
      signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
    }),
  );
}

describe('TokensService', () => {
  const user = { id: '0b6c7e1e-6d7c-4a77-9f34-5f2b8c1d2e3f' };
  const session = '7d0f3c2a-1b4e-4c5d-8e9f-0a1b2c3d4e5f';

  it('issues access tokens that verify, with the subject and a 15-minute life', () => {
    const now = new Date();
    const { token, expiresAt } = tokens().issueAccessToken(user, session, now);
    expect(tokens().verifyAccessToken(token)).toMatchObject({ sub: user.id, sid: session, typ: 'access' });
    expect(expiresAt.getTime() - Math.floor(now.getTime() / 1000) * 1000).toBe(ACCESS_TOKEN_TTL_SECONDS * 1000);
  });

  it('refuses an expired token', () => {
    const { token } = tokens().issueAccessToken(user, session, new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 5) * 1000));
    expect(tokens().verifyAccessToken(token)).toBeNull();
  });

  it('refuses a token signed with another key, or with "alg: none"', () => {
    const { token } = tokens('another-secret-that-is-long-enough-987654321').issueAccessToken(user, session);
    expect(tokens().verifyAccessToken(token)).toBeNull();
    const [, payload] = tokens().issueAccessToken(user, session).token.split('.');
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect(tokens().verifyAccessToken(unsigned)).toBeNull();
  });

  it('refuses a token of another type, or one that names no session', () => {
    const jwt = new JwtService({ secret: SECRET, signOptions: { issuer: JWT_ISSUER, audience: JWT_AUDIENCE } });
    expect(tokens().verifyAccessToken(jwt.sign({ sub: user.id, sid: session, typ: 'refresh' }))).toBeNull();
    expect(tokens().verifyAccessToken(jwt.sign({ sub: user.id, typ: 'access' }))).toBeNull();
  });

  it('makes unguessable refresh tokens and stores only their hash', () => {
    const first = tokens().newRefreshToken();
    const second = tokens().newRefreshToken();
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(43);
    expect(first.hash).toBe(hashToken(first.token));
    expect(first.hash).not.toContain(first.token);
  });
});
