import { AgendaItemVotesResolver, BallotResolver, VoteResolver } from './vote.resolver';
import { Ballot, Vote } from './vote.entity';
import { VotesService } from './votes.service';

export const VOTE_ENTITIES = [Vote, Ballot];
export const VOTE_PROVIDERS = [VotesService, VoteResolver, BallotResolver, AgendaItemVotesResolver];
