import { Injectable } from '@nestjs/common';
import { alignByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { AccountsService } from './accounts.service';
import type { UserAccount } from './user-account.entity';

/**
 * People by id, for every field that shows who did something (a task's assignee, a comment's
 * author, a notification's actor): one statement per request for all of them, whichever
 * fields asked.
 */
@Injectable()
export class AccountsLoader {
  constructor(private readonly accounts: AccountsService) {}

  load(context: RequestContext, id: string | null | undefined): Promise<UserAccount | null> | null {
    if (!id) return null;
    return this.loader(context).load(id);
  }

  async loadMany(context: RequestContext, ids: readonly string[]): Promise<UserAccount[]> {
    const found = await this.loader(context).loadMany([...ids]);
    return found.filter((account): account is UserAccount => Boolean(account) && !(account instanceof Error));
  }

  private loader(context: RequestContext) {
    return context.loaders.get<string, UserAccount | null>(this, async (ids) => alignByKey(ids, await this.accounts.findByIds(ids), (account) => account.id));
  }
}
