import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, type ActionTable, type Condition, everyRole, uuidsOf } from '@wspolnie/identity';
import { discussionMessage } from './discussion-messages';

/** A comment's author names the caller. */
const ON_OWN_COMMENT: Condition = {
  label: 'their own',
  refusal: discussionMessage('condition.ownComment'),
  test: ({ caller, scope }) => Boolean(scope.authorIds?.includes(caller.userId)),
};

/** The discussion's rows of the policy table; who may write on a subject is its owner's row. */
export const DISCUSSION_ACTIONS = {
  'comment.edit': { area: 'Plans and comments', words: discussionMessage('action.comment.edit'), roles: everyRole(ON_OWN_COMMENT) },
} satisfies ActionTable;

/** A comment, whatever it is on: its partnership and its author, one query per batch of ids. */
@Injectable()
export class DiscussionAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(DISCUSSION_ACTIONS);
    this.registry.scope('comment', {
      noun: discussionMessage('noun.comment'),
      resolve: async (ids) => {
        const rows: { id: string; partnership_id: string; author_id: string | null }[] = await this.txHost.tx.query(`SELECT id, partnership_id, author_id FROM comment WHERE id = ANY($1::uuid[])`, [
          uuidsOf(ids),
        ]);
        return new Map(rows.map((row) => [row.id, { partnershipId: row.partnership_id, authorIds: row.author_id ? [row.author_id] : [] }]));
      },
    });
  }
}
