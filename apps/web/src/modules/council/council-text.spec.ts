import { createIntl } from 'react-intl';
import { MESSAGES } from '../../i18n/messages';
import type { Translate } from '../../i18n/I18n';
import { addAgendaInput, agendaDraftOf, changedAgendaFields, EMPTY_AGENDA_ITEM, updateAgendaInput } from './agenda-draft';
import { mayCreateMeeting, mayManageMeeting } from './council-rules';
import {
  ballotLabel,
  ballotsByChoice,
  closedVoteSentence,
  decisionWords,
  isTimeOfDay,
  meetingHeading,
  meetingWhen,
  moved,
  normaliseTime,
  quorumSentence,
  resultSentence,
  tallyRows,
  tallySentence,
} from './council-text';
import { Choice, DecisionKind, InviteeRole, MeetingStatus, QuorumRule, VoteResult, VoteStatus, VotingRule } from './graphql.generated';
import { changedMeetingInput, meetingDraftProblems, meetingInput } from './MeetingFields';

type Id = keyof (typeof MESSAGES)['pl'];
const translator = (locale: 'pl' | 'en'): Translate => {
  const intl = createIntl({ locale: locale === 'pl' ? 'pl-PL' : 'en-GB', messages: MESSAGES[locale] });
  return (id, values) => intl.formatMessage({ id }, values as Record<string, string | number>);
};
const pl = translator('pl');
const en = translator('en');

describe('council: labels and plurals', () => {
  const enums: [string, Record<string, string>][] = [
    ['council.status', MeetingStatus],
    ['council.choice', Choice],
    ['council.choice.word', Choice],
    ['council.ballot', Choice],
    ['council.quorumRule', QuorumRule],
    ['council.votingRule', VotingRule],
    ['council.decisionKind', DecisionKind],
    ['council.role', InviteeRole],
  ];
  it.each(enums)('labels every value of %s in both languages', (prefix, values) => {
    for (const value of Object.values(values)) {
      for (const locale of ['pl', 'en'] as const) expect(MESSAGES[locale][`${prefix}.${value}` as Id]).toBeTruthy();
    }
  });

  it('has the schema enums it does not label as the API sends them', () => {
    expect(Object.values(VoteStatus)).toEqual(['CANCELLED', 'CLOSED', 'OPEN']);
    expect(Object.values(VoteResult)).toEqual(['ADOPTED', 'REJECTED']);
  });

  it('counts meetings and resolutions with the four Polish plural forms, 0 to 25', () => {
    const meetings = Array.from({ length: 26 }, (_, n) => pl('council.page.count', { n }));
    expect(meetings.slice(0, 6)).toEqual(['0 posiedzeń', '1 posiedzenie', '2 posiedzenia', '3 posiedzenia', '4 posiedzenia', '5 posiedzeń']);
    expect(meetings.slice(11, 15)).toEqual(['11 posiedzeń', '12 posiedzeń', '13 posiedzeń', '14 posiedzeń']);
    expect(meetings.slice(21, 26)).toEqual(['21 posiedzeń', '22 posiedzenia', '23 posiedzenia', '24 posiedzenia', '25 posiedzeń']);
    const resolutions = [0, 1, 2, 4, 5, 12, 21, 22, 25].map((n) => pl('council.register.count', { n }));
    expect(resolutions).toEqual(['0 uchwał', '1 uchwała', '2 uchwały', '4 uchwały', '5 uchwał', '12 uchwał', '21 uchwał', '22 uchwały', '25 uchwał']);
    expect(en('council.page.count', { n: 1 })).toBe('1 meeting');
    expect(en('council.register.count', { n: 3 })).toBe('3 resolutions');
  });
});

describe('council: sentences', () => {
  it('says the quorum in words, with the genitive after "z"', () => {
    expect(quorumSentence(pl, { memberGminas: 4, representedGminas: 3, needed: 3, reached: true })).toBe('Kworum: 3 z 4 gmin, potrzeba 3 — jest kworum');
    expect(quorumSentence(pl, { memberGminas: 6, representedGminas: 2, needed: 4, reached: false })).toBe('Kworum: 2 z 6 gmin, potrzeba 4 — brak kworum');
    expect(quorumSentence(pl, { memberGminas: 1, representedGminas: 1, needed: 1, reached: true })).toBe('Kworum: 1 z 1 gminy, potrzeba 1 — jest kworum');
    expect(quorumSentence(pl, { memberGminas: 22, representedGminas: 12, needed: 12, reached: true })).toBe('Kworum: 12 z 22 gmin, potrzeba 12 — jest kworum');
    expect(quorumSentence(en, { memberGminas: 4, representedGminas: 2, needed: 3, reached: false })).toBe('Quorum: 2 of 4 gminas, 3 needed — no quorum');
  });

  it('says a tally and a result, and lists the four counts in order', () => {
    const tally = { for: 3, against: 1, abstain: 0, cast: 4, notVoted: 2 };
    expect(tallySentence(pl, tally)).toBe('za: 3, przeciw: 1, wstrzymało się: 0, nie głosowało: 2');
    expect(resultSentence(pl, 'ADOPTED', tally)).toBe('Uchwała przyjęta (za: 3, przeciw: 1, wstrzymało się: 0, nie głosowało: 2)');
    expect(resultSentence(en, 'REJECTED', tally)).toBe('Motion rejected (for: 3, against: 1, abstained: 0, not voted: 2)');
    expect(tallyRows(pl, tally).map((row) => `${row.label} ${row.count}`)).toEqual(['Za 3', 'Przeciw 1', 'Wstrzymało się 0', 'Nie głosowało 2']);
    // A count is "wstrzymało się" (so many gminas); one gmina's ballot is feminine.
    expect(ballotLabel(pl, 'ABSTAIN')).toBe('Wstrzymała się');
    expect(ballotLabel(en, 'ABSTAIN')).toBe('Abstained');
  });

  it('says a closed vote in full sentences, with the resolution it became in the accusative', () => {
    const tally = { for: 2, against: 1, abstain: 1, cast: 4, notVoted: 2 };
    expect(closedVoteSentence(pl, 'ADOPTED', tally, '5/2026')).toBe('Uchwała przyjęta (za: 2, przeciw: 1, wstrzymało się: 1, nie głosowało: 2). Przyjęto jako uchwałę nr 5/2026.');
    expect(closedVoteSentence(pl, 'REJECTED', tally)).toBe('Wniosek odrzucony (za: 2, przeciw: 1, wstrzymało się: 1, nie głosowało: 2).');
    expect(closedVoteSentence(en, 'ADOPTED', tally, '5/2026')).toBe('Resolution adopted (for: 2, against: 1, abstained: 1, not voted: 2). Adopted as resolution no. 5/2026.');
    expect(pl('council.vote.closed', { result: closedVoteSentence(pl, 'ADOPTED', tally, '5/2026') })).toBe(
      'Głosowanie zamknięte. Uchwała przyjęta (za: 2, przeciw: 1, wstrzymało się: 1, nie głosowało: 2). Przyjęto jako uchwałę nr 5/2026.',
    );
  });

  it('says how each gmina voted, grouped by choice in the council’s order, names in Polish order', () => {
    const ballots = [
      { choice: 'AGAINST' as const, gmina: { name: 'Węgierska Górka' } },
      { choice: 'FOR' as const, gmina: { name: 'Ujsoły' } },
      { choice: 'FOR' as const, gmina: { name: 'Istebna' } },
      { choice: 'ABSTAIN' as const, gmina: { name: 'Łodygowice' } },
      { choice: 'FOR' as const, gmina: { name: 'Lipowa' } },
    ];
    expect(ballotsByChoice(pl, ballots, new Intl.Collator('pl'))).toBe('za: Istebna, Lipowa, Ujsoły; przeciw: Węgierska Górka; wstrzymanie się: Łodygowice');
    expect(ballotsByChoice(en, ballots.slice(0, 2), new Intl.Collator('en'))).toBe('for: Ujsoły; against: Węgierska Górka');
    expect(ballotsByChoice(pl, [], new Intl.Collator('pl'))).toBe('');
  });

  it('says what a decision does, naming its project, stage or plan', () => {
    expect(decisionWords(pl, { decisionKind: 'NONE' })).toBeNull();
    expect(decisionWords(pl, { decisionKind: 'MOVE_PROJECT', decisionStage: 'PREPARATION', project: { title: 'VeloSoła+' } })).toBe(
      'Przeniesienie projektu „VeloSoła+” do etapu „Przygotowanie (dokumentacja, studium)”',
    );
    expect(decisionWords(pl, { decisionKind: 'ADOPT_PLAN', plan: { title: 'Strategia' } })).toBe('Przyjęcie planu „Strategia”');
    expect(decisionWords(pl, { decisionKind: 'APPROVE_COST_SHARES', project: null })).toBe('Zatwierdzenie udziałów gmin w kosztach projektu „(projekt usunięty)”');
    expect(decisionWords(en, { decisionKind: 'APPROVE_COST_SHARES', project: { title: 'VeloSoła+' } })).toBe("Approves the gminas' cost shares of the project “VeloSoła+”");
  });

  it('gives a meeting its heading and its day and hours as Warsaw reads them', () => {
    expect(meetingHeading(pl, { number: 3, title: 'Udziały gmin' })).toBe('Posiedzenie nr 3: Udziały gmin');
    expect(meetingHeading(en, { number: 3, title: 'Shares' })).toBe('Meeting no. 3: Shares');
    expect(meetingWhen({ date: '2025-02-12', startTime: '10:00', endTime: '12:30' }, 'pl')).toBe('12 lutego 2025, 10:00–12:30');
    expect(meetingWhen({ date: '2025-02-12', startTime: '10:00', endTime: '12:30' }, 'en')).toBe('12 February 2025, 10:00–12:30');
  });
});

describe('council: forms and rules', () => {
  it('reads times of day, with or without the leading zero', () => {
    expect(['09:30', '23:59', '00:00'].every(isTimeOfDay)).toBe(true);
    expect(['24:00', '9:30', '12:60', 'noon'].some(isTimeOfDay)).toBe(false);
    expect(normaliseTime(' 9:30 ')).toBe('09:30');
    expect(normaliseTime('9.30')).toBe('09:30');
  });

  it('names what a meeting form lacks, and leaves the order of the hours to the API', () => {
    const fields = (draft: Parameters<typeof meetingDraftProblems>[1]) => meetingDraftProblems(pl, draft).map((problem) => problem.field);
    expect(fields({ title: '', date: '31.02.2026', startTime: '10', endTime: '12:00', place: '', onlineUrl: '' })).toEqual(['title', 'date', 'startTime']);
    expect(fields({ title: 'Posiedzenie', date: '12.02.2026', startTime: '12:00', endTime: '10:00', place: '', onlineUrl: '' })).toEqual([]);
    expect(meetingInput({ title: ' Posiedzenie ', date: '12.02.2026', startTime: '9:00', endTime: '10:30', place: '  ', onlineUrl: '' })).toEqual({
      title: 'Posiedzenie',
      date: '2026-02-12',
      startTime: '09:00',
      endTime: '10:30',
      place: null,
      onlineUrl: null,
    });
  });

  it('sends only what a meeting edit changed, so a started meeting keeps its day and hours', () => {
    const base = { title: 'Posiedzenie', date: '12.02.2026', startTime: '10:00', endTime: '12:00', place: '', onlineUrl: '' };
    expect(changedMeetingInput({ ...base, date: '12.2.2026', startTime: '10:00 ' }, base)).toEqual({});
    expect(changedMeetingInput({ ...base, place: 'Sala 12', title: 'Posiedzenie robocze' }, base)).toEqual({ title: 'Posiedzenie robocze', place: 'Sala 12' });
    expect(changedMeetingInput(base, { ...base, place: 'Sala 12' })).toEqual({ place: null });
  });

  it('moves agenda items up and down, never past the ends', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('sends only the agenda fields changed, blank as cleared', () => {
    const stored = { title: 'Udziały', description: '', motionText: 'Rada zatwierdza', decisionKind: 'APPROVE_COST_SHARES' as const, decisionStage: null, project: { id: 'p1' }, plan: null };
    const base = agendaDraftOf(stored);
    const draft = { ...base, title: 'Udziały gmin', planId: '' };
    expect(changedAgendaFields(draft, base)).toEqual(['title']);
    expect(updateAgendaInput('i1', 4, { ...draft, motionText: ' ' }, ['title', 'motionText'])).toEqual({ id: 'i1', expectedVersion: 4, title: 'Udziały gmin', motionText: null });
    expect(addAgendaInput('m1', { ...EMPTY_AGENDA_ITEM, title: ' Otwarcie ', decisionStage: 'FUNDED' })).toEqual({
      meetingId: 'm1',
      title: 'Otwarcie',
      description: null,
      projectId: null,
      planId: null,
      motionText: null,
      decisionKind: 'NONE',
      decisionStage: null,
    });
  });

  it('lets coordinators call meetings, and a council member manage only the meeting they chair', () => {
    expect(mayCreateMeeting({ userId: 'u1', role: 'COORDINATOR' })).toBe(true);
    expect(mayCreateMeeting({ userId: 'u1', role: 'COUNCIL_MEMBER' })).toBe(false);
    expect(mayManageMeeting({ userId: 'u1', role: 'COUNCIL_MEMBER' }, { chair: { id: 'u1' } })).toBe(true);
    expect(mayManageMeeting({ userId: 'u1', role: 'COUNCIL_MEMBER' }, { chair: { id: 'u2' } })).toBe(false);
    expect(mayManageMeeting({ userId: 'u1', role: 'GMINA_OFFICIAL' }, { chair: { id: 'u1' } })).toBe(false);
    expect(mayManageMeeting({ userId: 'u1', role: 'COORDINATOR' }, { chair: null })).toBe(true);
  });
});
