import { Choice, VoteResult, VotingRule } from '../council-enums';

/** A vote's count: one ballot per member gmina; gminas that did not vote are counted apart. */
export interface Tally {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly cast: number;
  readonly notVoted: number;
}

export function tallyOf(choices: readonly Choice[], memberCount: number): Tally {
  const count = (choice: Choice) => choices.filter((each) => each === choice).length;
  return { for: count(Choice.FOR), against: count(Choice.AGAINST), abstain: count(Choice.ABSTAIN), cast: choices.length, notVoted: Math.max(memberCount - choices.length, 0) };
}

/**
 * The outcome under the partnership's rule. A simple majority (zwykła większość) adopts with more
 * votes for than against among those cast, so abstentions do not count either way and a tie
 * rejects; an absolute majority (bezwzględna większość) needs votes for from more than half of
 * all member gminas, so an abstention or a gmina absent counts as not for.
 */
export function outcomeOf(rule: VotingRule, tally: Tally, memberCount: number): VoteResult {
  const adopted = rule === VotingRule.ABSOLUTE_MAJORITY ? tally.for * 2 > memberCount : tally.for > tally.against;
  return adopted ? VoteResult.ADOPTED : VoteResult.REJECTED;
}
