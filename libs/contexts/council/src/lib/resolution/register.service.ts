import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { formatPln, type Pln } from '@wspolnie/kernel';
import { AppConfig } from '@wspolnie/platform-config';
import { csvFile } from '@wspolnie/platform-graphql';
import { type Locale, type Message, render } from '@wspolnie/platform-i18n';
import { stageLabel, type ProjectStage } from '@wspolnie/projects';
import { DecisionKind } from '../council-enums';
import { resolutionMessage } from './resolution-messages';
import type { AppliedDecision, Resolution } from './resolution.entity';

/** A resolution with what the register shows beside it: its meeting and each member gmina's vote. */
interface RegisterRow {
  number: string;
  adopted_on: string;
  title: string;
  decision_kind: DecisionKind;
  decision: AppliedDecision;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  member_count: number;
  meeting_id: string;
  meeting_number: number;
  meeting_title: string;
  ballots: { gmina: string; choice: string }[];
}

const COLUMNS = ['number', 'adoptedOn', 'title', 'decision', 'result', 'votes', 'meeting', 'link'] as const;

/** What a resolution decided, in one phrase of the reader's language. */
export function decisionSummary(resolution: Pick<Resolution, 'decisionKind' | 'decision'>): Message {
  const decision = resolution.decision ?? {};
  switch (resolution.decisionKind) {
    case DecisionKind.MOVE_PROJECT:
      return resolutionMessage('decision.MOVE_PROJECT', {
        project: decision.projectTitle ?? '',
        from: stageLabel(decision.fromStage as ProjectStage),
        to: stageLabel(decision.toStage as ProjectStage),
      });
    case DecisionKind.ADOPT_PLAN:
      return resolutionMessage('decision.ADOPT_PLAN', { plan: decision.planTitle ?? '' });
    case DecisionKind.APPROVE_COST_SHARES:
      return resolutionMessage('decision.APPROVE_COST_SHARES', {
        project: decision.projectTitle ?? '',
        shares: (decision.shares ?? []).map((share) => `${share.gminaName} ${formatPln(share.costShare as Pln)}`).join('; '),
      });
    default:
      return resolutionMessage('decision.NONE');
  }
}

/**
 * The register of resolutions as a CSV (UTF-8 with BOM, `;`), one statement for every row with
 * its meeting and its ballots (the gminas that did not vote are counted in the result).
 */
@Injectable()
export class RegisterService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly config: AppConfig,
  ) {}

  async csv(partnershipId: string, year: number | null, locale: Locale): Promise<{ name: string; body: Buffer }> {
    const rows: RegisterRow[] = await this.txHost.tx.query(
      `SELECT resolution.number, to_char(resolution.adopted_on, 'YYYY-MM-DD') AS adopted_on, resolution.title, resolution.decision_kind, resolution.decision,
              vote.votes_for, vote.votes_against, vote.votes_abstain, vote.member_count,
              meeting.id AS meeting_id, meeting.number AS meeting_number, meeting.title AS meeting_title,
              coalesce((SELECT json_agg(json_build_object('gmina', gmina.name, 'choice', ballot.choice) ORDER BY gmina.name COLLATE "pl-x-icu")
                        FROM council_ballot ballot JOIN gmina ON gmina.id = ballot.gmina_id WHERE ballot.vote_id = vote.id), '[]') AS ballots
       FROM council_resolution resolution
       JOIN council_vote vote ON vote.id = resolution.vote_id
       JOIN council_meeting meeting ON meeting.id = resolution.meeting_id
       WHERE resolution.partnership_id = $1 AND ($2::int IS NULL OR resolution.year = $2)
       ORDER BY resolution.year DESC, resolution.seq`,
      [partnershipId, year],
    );
    const say = (message: Message) => render(message, locale);
    const cells = rows.map((row) => [
      row.number,
      row.adopted_on,
      row.title,
      say(decisionSummary({ decisionKind: row.decision_kind, decision: row.decision })),
      say(
        resolutionMessage('csv.tally', {
          for: row.votes_for,
          against: row.votes_against,
          abstain: row.votes_abstain,
          notVoted: row.member_count - row.votes_for - row.votes_against - row.votes_abstain,
        }),
      ),
      row.ballots.map((ballot) => `${ballot.gmina}: ${say(resolutionMessage(`choice.${ballot.choice as 'FOR'}`))}`).join('; '),
      `${row.meeting_number}. ${row.meeting_title}`,
      `${this.config.auth.publicUrl}/meetings/${row.meeting_id}`,
    ]);
    const name = year === null ? say(resolutionMessage('fileNameAll')) : say(resolutionMessage('fileName', { year }));
    return {
      name,
      body: csvFile(
        COLUMNS.map((column) => say(resolutionMessage(`csv.${column}`))),
        cells,
      ),
    };
  }
}
