import type { TestApp } from '@wspolnie/platform-testing';
import { type Council, council, must, type Person, project, RAJCZA, UJSOLY, ISTEBNA, MILOWKA } from './council.factory';

/**
 * A council at a meeting in progress, set up in the database (the meetings' own operations
 * are tested beside them): its four members' representatives invited, agenda items with motions
 * added with `item`, attendance with `arrive`/`leave`. Votes then go through the API.
 */
export interface VoteWorld extends Council {
  readonly meetingId: string;
  item(motion?: Partial<{ title: string; decisionKind: string; projectId: string; planId: string; decisionStage: string; shares: boolean }>): Promise<string>;
  arrive(...tercs: string[]): Promise<void>;
  leave(...tercs: string[]): Promise<void>;
}

let position = 0;

export async function voteWorld(api: TestApp, { startsAt = new Date().toISOString() }: { startsAt?: string } = {}): Promise<VoteWorld> {
  const base = await council(api);
  const [meeting] = await api.dataSource.query(
    `INSERT INTO council_meeting (partnership_id, number, title, starts_at, ends_at, status, started_at)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM council_meeting WHERE partnership_id = $1), 'Posiedzenie Rady (przykład)', $2::timestamptz, $2::timestamptz + interval '2 hours', 'IN_PROGRESS', now())
     RETURNING id`,
    [base.partnershipId, startsAt],
  );
  for (const [terc, representative] of Object.entries(base.representatives)) {
    await api.dataSource.query(`INSERT INTO council_invitee (meeting_id, partnership_id, user_id, role, gmina_id) SELECT $1, $2, $3, 'REPRESENTATIVE', id FROM gmina WHERE terc = $4`, [
      meeting.id,
      base.partnershipId,
      representative.account.id,
      terc,
    ]);
  }
  const presence = (present: boolean, tercs: string[]) =>
    api.dataSource.query(
      `UPDATE council_invitee SET present = $3, arrived_at = CASE WHEN $3 THEN now() ELSE arrived_at END, left_at = CASE WHEN $3 THEN NULL ELSE now() END
       WHERE meeting_id = $1 AND gmina_id IN (SELECT id FROM gmina WHERE terc = ANY($2))`,
      [meeting.id, tercs, present],
    );
  return {
    ...base,
    meetingId: meeting.id,
    async item(motion = {}) {
      position += 1;
      const shares = motion.shares
        ? await api.dataSource.query(`SELECT gmina_id AS "gminaId", cost_share::text AS "costShare" FROM project_participant WHERE project_id = $1`, [motion.projectId])
        : null;
      const [row] = await api.dataSource.query(
        `INSERT INTO council_agenda_item (meeting_id, partnership_id, position, title, motion_text, decision_kind, project_id, plan_id, decision_stage, decision_shares)
         VALUES ($1, $2, $3, $4, 'Rada Partnerstwa postanawia… (przykład)', $5, $6, $7, $8, $9) RETURNING id`,
        [
          meeting.id,
          base.partnershipId,
          position,
          motion.title ?? `Sprawa ${position}`,
          motion.decisionKind ?? 'NONE',
          motion.projectId ?? null,
          motion.planId ?? null,
          motion.decisionStage ?? null,
          shares ? JSON.stringify(shares) : null,
        ],
      );
      return row.id;
    },
    arrive: (...tercs) => presence(true, tercs),
    leave: (...tercs) => presence(false, tercs),
  };
}

export const VOTE_FIELDS = `id status result version votingRule memberCount tally { for against abstain cast notVoted } ballots { gmina { terc name } choice castBy { displayName } }
  resolution { id number year seq adoptedOn title decisionKind decisionSummary }`;
export const OPEN = `mutation ($i: OpenVoteInput!) { openVote(input: $i) { ${VOTE_FIELDS} } }`;
export const CAST = `mutation ($i: CastBallotInput!) { castBallot(input: $i) { id } }`;
export const CLOSE = `mutation ($i: VoteVersionInput!) { closeVote(input: $i) { ${VOTE_FIELDS} } }`;
export const CANCEL = `mutation ($i: VoteVersionInput!) { cancelVote(input: $i) { ${VOTE_FIELDS} } }`;
export const VOTE = `query ($id: UUID!) { vote(id: $id) { ${VOTE_FIELDS} } }`;

/** Opens a vote on `itemId`, lets the given gminas' representatives vote, closes it: answers the closed vote. */
export async function decide(world: VoteWorld, itemId: string, choices: Record<string, 'FOR' | 'AGAINST' | 'ABSTAIN'>): Promise<any> {
  const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: itemId } });
  for (const [terc, choice] of Object.entries(choices)) await must(world.representatives[terc] as Person, CAST, { i: { voteId: vote.id, choice } });
  return must(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version } });
}

export { project, RAJCZA, UJSOLY, ISTEBNA, MILOWKA };
