import type { Actor } from '@wspolnie/platform-graphql';
import type { UserAccount } from './user-account.entity';

/**
 * Accounts answered to the person themself although the request named nobody yet: the user
 * of a session just opened (signing in, a new account, a refresh), who proved who they are.
 */
const sessionAccounts = new WeakSet<UserAccount>();

export function asSessionAccount(account: UserAccount): UserAccount {
  sessionAccounts.add(account);
  return account;
}

/** Whether the reader of this account is its own person (their private fields may show). */
export function readByItself(account: UserAccount, actor: Actor | undefined): boolean {
  return actor?.userId === account.id || sessionAccounts.has(account);
}
