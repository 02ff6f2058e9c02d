import { Choice, VoteResult, VotingRule } from '../council-enums';
import { outcomeOf, tallyOf } from './vote-rules';

const { FOR, AGAINST, ABSTAIN } = Choice;
const { SIMPLE_MAJORITY, ABSOLUTE_MAJORITY } = VotingRule;

function outcome(rule: VotingRule, choices: Choice[], members = 6) {
  return outcomeOf(rule, tallyOf(choices, members), members);
}

describe('a vote of a council of six member gminas', () => {
  it('counts each choice and the gminas that did not vote', () => {
    expect(tallyOf([FOR, FOR, AGAINST, ABSTAIN], 6)).toEqual({ for: 2, against: 1, abstain: 1, cast: 4, notVoted: 2 });
  });

  describe('by a simple majority of the votes cast', () => {
    it('adopts with more for than against, abstentions aside', () => {
      expect(outcome(SIMPLE_MAJORITY, [FOR, FOR, AGAINST, ABSTAIN, ABSTAIN, ABSTAIN])).toBe(VoteResult.ADOPTED);
      expect(outcome(SIMPLE_MAJORITY, [FOR, ABSTAIN, ABSTAIN])).toBe(VoteResult.ADOPTED);
    });

    it('rejects a tie, and all abstentions', () => {
      expect(outcome(SIMPLE_MAJORITY, [FOR, FOR, AGAINST, AGAINST])).toBe(VoteResult.REJECTED);
      expect(outcome(SIMPLE_MAJORITY, [FOR, AGAINST, ABSTAIN, ABSTAIN])).toBe(VoteResult.REJECTED);
      expect(outcome(SIMPLE_MAJORITY, [ABSTAIN, ABSTAIN, ABSTAIN, ABSTAIN])).toBe(VoteResult.REJECTED);
    });
  });

  describe('by an absolute majority of member gminas', () => {
    it('adopts with votes for from more than half of all members', () => {
      expect(outcome(ABSOLUTE_MAJORITY, [FOR, FOR, FOR, FOR, AGAINST])).toBe(VoteResult.ADOPTED);
    });

    it('rejects half of the members for (a tie of the whole council), however few vote against', () => {
      expect(outcome(ABSOLUTE_MAJORITY, [FOR, FOR, FOR, ABSTAIN, ABSTAIN, ABSTAIN])).toBe(VoteResult.REJECTED);
      expect(outcome(ABSOLUTE_MAJORITY, [FOR, FOR, FOR, AGAINST, AGAINST, AGAINST])).toBe(VoteResult.REJECTED);
    });

    it('counts abstentions and absent gminas as not for, where a simple majority would adopt', () => {
      const choices = [FOR, FOR, AGAINST, ABSTAIN];
      expect(outcome(SIMPLE_MAJORITY, choices)).toBe(VoteResult.ADOPTED);
      expect(outcome(ABSOLUTE_MAJORITY, choices)).toBe(VoteResult.REJECTED);
    });

    it('of an odd number of members needs the next whole gmina over half', () => {
      expect(outcome(ABSOLUTE_MAJORITY, [FOR, FOR, AGAINST], 5)).toBe(VoteResult.REJECTED);
      expect(outcome(ABSOLUTE_MAJORITY, [FOR, FOR, FOR], 5)).toBe(VoteResult.ADOPTED);
    });
  });
});
