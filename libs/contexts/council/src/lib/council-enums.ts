import { registerEnumType } from '@nestjs/graphql';

export enum QuorumRule {
  MORE_THAN_HALF = 'MORE_THAN_HALF',
  AT_LEAST_TWO_THIRDS = 'AT_LEAST_TWO_THIRDS',
}

export enum VotingRule {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  ABSOLUTE_MAJORITY = 'ABSOLUTE_MAJORITY',
}

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum InviteeRole {
  REPRESENTATIVE = 'REPRESENTATIVE',
  GUEST = 'GUEST',
}

export enum DecisionKind {
  NONE = 'NONE',
  MOVE_PROJECT = 'MOVE_PROJECT',
  ADOPT_PLAN = 'ADOPT_PLAN',
  APPROVE_COST_SHARES = 'APPROVE_COST_SHARES',
}

export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum VoteResult {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
}

export enum Choice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

registerEnumType(QuorumRule, {
  name: 'QuorumRule',
  description: 'How many member gminas must be represented for the council to decide (kworum).',
  valuesMap: {
    MORE_THAN_HALF: { description: 'Więcej niż połowa gmin członkowskich (the default).' },
    AT_LEAST_TWO_THIRDS: { description: 'Co najmniej dwie trzecie gmin członkowskich.' },
  },
});
registerEnumType(VotingRule, {
  name: 'VotingRule',
  description: 'When a motion is adopted; abstentions never count for it.',
  valuesMap: {
    SIMPLE_MAJORITY: { description: 'Zwykła większość: more votes for than against among the votes cast (the default).' },
    ABSOLUTE_MAJORITY: { description: 'Bezwzględna większość gmin członkowskich: votes for from more than half of all member gminas.' },
  },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesMap: {
    PLANNED: { description: 'Zaplanowane.' },
    IN_PROGRESS: { description: 'W toku: attendance and votes are recorded.' },
    CLOSED: { description: 'Zamknięte: minutes change only by a recorded correction.' },
    CANCELLED: { description: 'Odwołane.' },
  },
});
registerEnumType(InviteeRole, {
  name: 'InviteeRole',
  valuesMap: {
    REPRESENTATIVE: { description: "Przedstawiciel gminy członkowskiej: casts the gmina's vote; one per gmina and meeting." },
    GUEST: { description: 'Gość (an advisor, an expert): takes part without a vote.' },
  },
});
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'What an adopted resolution does to the project or plan of its agenda item, in the same transaction.',
  valuesMap: {
    NONE: { description: 'Nothing beyond the resolution itself.' },
    MOVE_PROJECT: { description: 'Moves the project to a stage of the pipeline.' },
    ADOPT_PLAN: { description: 'Adopts the plan (status and resolution number).' },
    APPROVE_COST_SHARES: { description: "Approves the project's participants' cost shares as the motion names them." },
  },
});
registerEnumType(VoteStatus, {
  name: 'VoteStatus',
  valuesMap: { OPEN: { description: 'Otwarte.' }, CLOSED: { description: 'Zamknięte z wynikiem.' }, CANCELLED: { description: 'Unieważnione bez wyniku.' } },
});
registerEnumType(VoteResult, { name: 'VoteResult', valuesMap: { ADOPTED: { description: 'Przyjęta.' }, REJECTED: { description: 'Odrzucona.' } } });
registerEnumType(Choice, { name: 'Choice', valuesMap: { FOR: { description: 'Za.' }, AGAINST: { description: 'Przeciw.' }, ABSTAIN: { description: 'Wstrzymuje się.' } } });
