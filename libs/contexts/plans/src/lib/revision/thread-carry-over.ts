import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AnchorState, type CommentThread } from '../comment/comment-thread.entity';
import { relocateQuote } from '../document/quotes';
import type { PlanSection } from './plan-section.entity';

export interface CarryOverCount {
  /** Moved to the new revision, on their section (and quote, if any). */
  readonly carried: number;
  /** On their section in the new revision, but the quoted passage is gone. */
  readonly quoteLost: number;
  /** Their section is gone: left where they were, marked outdated. */
  readonly outdated: number;
}

interface Placement {
  readonly id: string;
  readonly revisionId: string;
  readonly anchor: AnchorState;
  readonly quoteStart: number | null;
  readonly quoteEnd: number | null;
}

/**
 * Takes open threads along to a newer revision. A thread stays with its section, which is
 * found by key (keys survive edits of the text and of headings above it); its quote is looked
 * for again in the section's new text, starting from where it was. A section that is gone
 * leaves the thread where it was, marked outdated: its revision and section still say where
 * it stood. Resolved threads stay on the revision they were resolved on; reopening one brings
 * it here. Carrying does not bump a thread's version: nobody changed what it says.
 */
@Injectable()
export class ThreadCarryOver {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async carry(threads: readonly CommentThread[], to: { readonly id: string; readonly sections: readonly PlanSection[] }): Promise<CarryOverCount> {
    const moving = threads.filter((thread) => thread.revisionId !== to.id && thread.anchor !== AnchorState.OUTDATED);
    if (!moving.length) return { carried: 0, quoteLost: 0, outdated: 0 };
    const target = new Map(to.sections.map((section) => [section.key, section]));
    const bodies = await this.bodiesWhereTheyStand(moving);
    const placements = moving.map((thread) => place(thread, target.get(thread.sectionKey), bodies.get(`${thread.revisionId}:${thread.sectionKey}`) ?? '', to.id));
    // One statement for every thread; `status = 'OPEN'` again, so one resolved meanwhile stays put.
    await this.txHost.tx.query(
      `UPDATE plan_thread SET revision_id = moved.revision_id, anchor = moved.anchor, quote_start = moved.quote_start, quote_end = moved.quote_end
       FROM unnest($1::uuid[], $2::uuid[], $3::plan_anchor_state[], $4::int[], $5::int[]) AS moved (id, revision_id, anchor, quote_start, quote_end)
       WHERE plan_thread.id = moved.id AND plan_thread.status = 'OPEN'`,
      [placements.map((p) => p.id), placements.map((p) => p.revisionId), placements.map((p) => p.anchor), placements.map((p) => p.quoteStart), placements.map((p) => p.quoteEnd)],
    );
    for (const [index, thread] of moving.entries()) Object.assign(thread, placements[index]);
    return {
      carried: placements.filter((p) => p.anchor === AnchorState.CURRENT).length,
      quoteLost: placements.filter((p) => p.anchor === AnchorState.QUOTE_NOT_FOUND).length,
      outdated: placements.filter((p) => p.anchor === AnchorState.OUTDATED).length,
    };
  }

  /** The text of each thread's section in the revision it stands on, where its quote was found last. */
  private async bodiesWhereTheyStand(threads: readonly CommentThread[]): Promise<Map<string, string>> {
    const rows: { revision_id: string; key: string; body: string }[] = await this.txHost.tx.query(
      `SELECT section.revision_id, section.key, section.body FROM plan_section section
       JOIN unnest($1::uuid[], $2::text[]) AS wanted (revision_id, key) ON wanted.revision_id = section.revision_id AND wanted.key = section.key`,
      [threads.map((thread) => thread.revisionId), threads.map((thread) => thread.sectionKey)],
    );
    return new Map(rows.map((row) => [`${row.revision_id}:${row.key}`, row.body]));
  }
}

function place(thread: CommentThread, section: PlanSection | undefined, oldBody: string, revisionId: string): Placement {
  if (!section) return { id: thread.id, revisionId: thread.revisionId, anchor: AnchorState.OUTDATED, quoteStart: thread.quoteStart, quoteEnd: thread.quoteEnd };
  if (thread.quote === null || thread.quoteStart === null || thread.quoteEnd === null) {
    return { id: thread.id, revisionId, anchor: AnchorState.CURRENT, quoteStart: null, quoteEnd: null };
  }
  // A quote already lost is looked for afresh: the passage may have come back.
  const from = thread.anchor === AnchorState.QUOTE_NOT_FOUND ? '' : oldBody;
  const found = relocateQuote(from, section.body, { text: thread.quote, start: thread.quoteStart, end: thread.quoteEnd });
  return found
    ? { id: thread.id, revisionId, anchor: AnchorState.CURRENT, quoteStart: found.start, quoteEnd: found.end }
    : { id: thread.id, revisionId, anchor: AnchorState.QUOTE_NOT_FOUND, quoteStart: thread.quoteStart, quoteEnd: thread.quoteEnd };
}
