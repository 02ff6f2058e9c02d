import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { UserAccount } from '../account/user-account.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;
export const JWT_ISSUER = 'wspolnie';
export const JWT_AUDIENCE = 'wspolnie-api';

export interface AccessClaims {
  sub: string;
  /** The session the token belongs to: it is refused the moment the session ends. */
  sid: string;
  typ: 'access';
  iat: number;
  exp: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Short-lived access tokens (JWT, HS256, pinned issuer, audience and type, RFC 8725) and
 * opaque refresh tokens, of which only a SHA-256 is ever stored.
 */
@Injectable()
export class TokensService {
  constructor(private readonly jwt: JwtService) {}

  issueAccessToken(user: Pick<UserAccount, 'id'>, sessionId: string, now = new Date()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const token = this.jwt.sign(
      { sub: user.id, sid: sessionId, typ: 'access', iat },
      { expiresIn: ACCESS_TOKEN_TTL_SECONDS, header: { alg: 'HS256', typ: 'at+jwt' } },
    );
    return { token, expiresAt: new Date((iat + ACCESS_TOKEN_TTL_SECONDS) * 1000) };
  }

  /** The claims of a valid access token, or null for anything expired, forged or of another kind. */
  verifyAccessToken(token: string): AccessClaims | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      // A token without a session (issued before sessions were kept) names nothing that can end: refused.
      return claims.typ === 'access' && UUID.test(String(claims.sub)) && UUID.test(String(claims.sid)) ? claims : null;
    } catch {
      return null;
    }
  }

  newRefreshToken(now = new Date()): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token), expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000) };
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A single-use secret for an e-mailed link (invitation, password reset), and the hash that is stored. */
export function newLinkSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}
