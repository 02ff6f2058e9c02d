import { formatDay } from '../../i18n/format';
import type { Translate } from '../../i18n/I18n';
import type { Locale } from '../../i18n/locale';
import { stageLabel } from '../projects/stages';
import type { Choice, DecisionKind, MeetingStatus, ProjectStage, QuorumRule, VoteResult, VotingRule } from './graphql.generated';

// The sentences the council pages say about meetings, quorums and votes: pure, so they are tested
// in both languages and every plural form.

/** "12 lutego 2025, 10:00–12:30": the day and hours as Warsaw reads them (the API sends them so). */
export function meetingWhen(meeting: { date: string; startTime: string; endTime: string }, locale: Locale): string {
  return `${formatDay(meeting.date, locale, 'long')}, ${meeting.startTime}–${meeting.endTime}`;
}

/** "Posiedzenie nr 3: Zatwierdzenie udziałów…" */
export function meetingHeading(t: Translate, meeting: { number: number; title: string }): string {
  return t('council.meeting.heading', { number: meeting.number, title: meeting.title });
}

export interface QuorumFacts {
  readonly memberGminas: number;
  readonly representedGminas: number;
  readonly needed: number;
  readonly reached: boolean;
}

/** "Kworum: 3 z 4 gmin, potrzeba 3 — jest kworum". */
export function quorumSentence(t: Translate, quorum: QuorumFacts): string {
  return t(quorum.reached ? 'council.quorum.reached' : 'council.quorum.missing', { represented: quorum.representedGminas, members: quorum.memberGminas, needed: quorum.needed });
}

export interface TallyFacts {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly notVoted: number;
}

/** "za: 3, przeciw: 1, wstrzymało się: 0, nie głosowało: 2". */
export function tallySentence(t: Translate, tally: TallyFacts): string {
  return t('council.tally.sentence', { for: tally.for, against: tally.against, abstain: tally.abstain, notVoted: tally.notVoted });
}

/** The four counts with their labels, in the order the council reads them out. */
export function tallyRows(t: Translate, tally: TallyFacts): { key: string; label: string; count: number }[] {
  return [
    { key: 'for', label: t('council.choice.FOR'), count: tally.for },
    { key: 'against', label: t('council.choice.AGAINST'), count: tally.against },
    { key: 'abstain', label: t('council.choice.ABSTAIN'), count: tally.abstain },
    { key: 'notVoted', label: t('council.tally.notVoted'), count: tally.notVoted },
  ];
}

export interface DecisionFacts {
  readonly decisionKind: DecisionKind;
  readonly decisionStage?: ProjectStage | null;
  readonly project?: { readonly title: string } | null;
  readonly plan?: { readonly title: string } | null;
}

/** What adopting the motion does, in words; null for a motion that decides nothing beyond its text. */
export function decisionWords(t: Translate, item: DecisionFacts): string | null {
  const project = item.project?.title ?? t('council.decision.unknownProject');
  switch (item.decisionKind) {
    case 'MOVE_PROJECT':
      return t('council.decision.MOVE_PROJECT', { project, stage: item.decisionStage ? stageLabel(t, item.decisionStage) : '—' });
    case 'ADOPT_PLAN':
      return t('council.decision.ADOPT_PLAN', { plan: item.plan?.title ?? t('council.decision.unknownPlan') });
    case 'APPROVE_COST_SHARES':
      return t('council.decision.APPROVE_COST_SHARES', { project });
    default:
      return null;
  }
}

export const statusLabel = (t: Translate, status: MeetingStatus) => t(`council.status.${status}`);
export const choiceLabel = (t: Translate, choice: Choice) => t(`council.choice.${choice}`);
/** One gmina's ballot ("Wstrzymała się": a gmina), where choiceLabel heads a count. */
export const ballotLabel = (t: Translate, choice: Choice) => t(`council.ballot.${choice}`);
export const quorumRuleLabel = (t: Translate, rule: QuorumRule) => t(`council.quorumRule.${rule}`);
export const votingRuleLabel = (t: Translate, rule: VotingRule) => t(`council.votingRule.${rule}`);

/** "Uchwała nr 3/2026". */
export const resolutionLabel = (t: Translate, number: string) => t('council.resolution.number', { number });

/** "Przyjęta (za: 4, przeciw: 1, …)" / "Odrzucona (…)". */
export function resultSentence(t: Translate, result: VoteResult | null, tally: TallyFacts): string {
  return t(result === 'ADOPTED' ? 'council.result.adopted' : result === 'REJECTED' ? 'council.result.rejected' : 'council.result.none', { tally: tallySentence(t, tally) });
}

/** A closed vote in full sentences: "Uchwała przyjęta (za: 4, …). Przyjęto jako uchwałę nr 3/2026." */
export function closedVoteSentence(t: Translate, result: VoteResult | null, tally: TallyFacts, resolutionNumber?: string | null): string {
  const said = `${resultSentence(t, result, tally)}.`;
  return resolutionNumber ? `${said} ${t('council.vote.adoptedAs', { number: resolutionNumber })}` : said;
}

/** How each gmina voted, grouped by choice: "za: Istebna, Rajcza; przeciw: Ujsoły". */
export function ballotsByChoice(t: Translate, ballots: readonly { choice: Choice; gmina: { name: string } }[], collator: Intl.Collator): string {
  const order: Choice[] = ['FOR', 'AGAINST', 'ABSTAIN'];
  return order
    .map((choice) => ({
      choice,
      names: ballots
        .filter((ballot) => ballot.choice === choice)
        .map((ballot) => ballot.gmina.name)
        .sort(collator.compare),
    }))
    .filter((group) => group.names.length > 0)
    .map((group) => `${t(`council.choice.word.${group.choice}`)}: ${group.names.join(', ')}`)
    .join('; ');
}

/** "HH:MM", 00:00–23:59: what the API takes as a time of day. */
export function isTimeOfDay(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text.trim());
}

/** "9:30" → "09:30", so a person may leave out the leading zero. */
export function normaliseTime(text: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : text.trim();
}

/** Moves one id of a list up (-1) or down (+1); the list unchanged at its ends. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
