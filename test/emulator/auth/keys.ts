/**
 * id_token signing: an RS512 key pair generated once per process (docs/protocol/auth.md#id-token, #discovery-and-keys)
 * and published at /jwk.json. Shape of the JWKS: fixture auth.jwks.json.
 */
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createHash } from 'node:crypto';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Promise<{ pair: KeyPair; jwk: JWK }> | null = null;

function signingKeys(): Promise<{ pair: KeyPair; jwk: JWK }> {
  keys ??= (async () => {
    const pair = await generateKeyPair('RS512', { modulusLength: 2048, extractable: true });
    const pub = await exportJWK(pair.publicKey);
    return { pair, jwk: { alg: 'RS512', e: pub.e, kty: 'RSA', n: pub.n, use: 'sig' } };
  })();
  return keys;
}

/** Start generating the key early (server start) so the first login does not wait for it. */
export function warmUpKeys(): void {
  void signingKeys();
}

export async function jwks(): Promise<{ keys: JWK[] }> {
  return { keys: [(await signingKeys()).jwk] };
}

/** OIDC at_hash for RS512: base64url of the left half of SHA-512(access_token). */
export function atHash(accessToken: string): string {
  return createHash('sha512').update(accessToken).digest().subarray(0, 32).toString('base64url');
}

export async function signIdToken(claims: Record<string, unknown>): Promise<string> {
  const { pair } = await signingKeys();
  return new SignJWT(claims).setProtectedHeader({ typ: 'JWT', alg: 'RS512' }).sign(pair.privateKey);
}
