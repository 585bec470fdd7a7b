import { hkdfSync, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

/** Azure's own lifetime; DirectLineJS refreshes every 15 minutes regardless, so this must exceed that. */
export const TOKEN_LIFETIME_SECONDS = 30 * 60;

const ISSUER = 'annulus';
const VERIFIED_CACHE_SIZE = 20_000;
const AUDIENCE = 'directline';

export interface TokenClaims {
  conversationId: string;
  userId: string;
}

export type TokenCheck = { ok: true; claims: TokenClaims; expiresIn: number } | { ok: false; reason: 'expired' | 'invalid' };

/**
 * Direct Line tokens as HS256 JWTs: one conversation, one user. The `user` claim is where Web Chat and
 * DirectLineJS look for the user id, so they adopt ours instead of inventing one.
 */
export class TokenIssuer {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();

  constructor(directLineSecret: string, private readonly now: () => number = Date.now) {
    // Derived rather than the secret itself, so a leaked token key could never be replayed as the secret.
    this.key = new Uint8Array(hkdfSync('sha256', directLineSecret, 'annulus', 'direct-line-token-signing', 32));
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expires_in: number }> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER).setAudience(AUDIENCE)
      .setIssuedAt(issuedAt).setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
      .setJti(randomBytes(9).toString('base64url'))
      .sign(this.key);
    return { token, expires_in: TOKEN_LIFETIME_SECONDS };
  }

  async check(token: string): Promise<TokenCheck> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > this.now()) {
      return { ok: true, claims: known.claims, expiresIn: Math.floor((known.expiresAt - this.now()) / 1000) };
    }
    const checked = await this.verify(token);
    if (checked.ok) this.remember(token, checked);
    return checked;
  }

  /**
   * Every message re-presents its token; verifying the signature each time was a tenth of the
   * server's work per answer. Only tokens that passed are remembered, until they expire.
   */
  private remember(token: string, checked: Extract<TokenCheck, { ok: true }>): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { claims: checked.claims, expiresAt: this.now() + checked.expiresIn * 1000 });
  }

  private async verify(token: string): Promise<TokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: new Date(this.now()),
      });
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string' || payload.exp === undefined) {
        return { ok: false, reason: 'invalid' };
      }
      const expiresIn = payload.exp - Math.floor(this.now() / 1000);
      return { ok: true, claims: { conversationId: payload.conv, userId: payload.user }, expiresIn };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
