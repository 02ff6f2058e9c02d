import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const hash = await hasher.hash('zażółć gęślą jaźń');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await hasher.verify(hash, 'zażółć gęślą jaźń')).toBe(true);
    expect(await hasher.verify(hash, 'zazolc gesla jazn')).toBe(false);
    expect(hasher.needsRehash(hash)).toBe(false);
  });

  it('answers false, not an error, without an account or with a broken hash', async () => {
    expect(await hasher.verify(null, 'anything')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });
});
