import { Ballot, Vote } from './vote.entity';

export const VOTE_ENTITIES = [Vote, Ballot];
export const VOTE_PROVIDERS = [];
