import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ProjectStage } from '../projects/graphql.generated';
import { formatMoney } from '../../i18n/format';
import { MESSAGES } from '../../i18n/messages';
import { eventLink, eventSentence, type SentenceContext } from './event-sentence';

function context(locale: 'pl' | 'en' = 'pl'): SentenceContext {
  const intl = createIntl({ locale: locale === 'pl' ? 'pl-PL' : 'en-GB', messages: MESSAGES[locale] });
  return {
    t: (id, values) => intl.formatMessage({ id }, values as Record<string, string>),
    money: (amount) => formatMoney(amount, locale),
    personName: (id) => (id === 'u1' ? 'Katarzyna Kowalczyk (UG Rajcza)' : undefined),
    gminaName: (terc) => (terc === '2417112' ? 'Rajcza' : undefined),
    roleName: (role) => (role === 'GMINA_OFFICIAL' ? 'urzędnik gminy: Rajcza' : role),
  };
}

const event = (action: string, changes: unknown, topic = 'task') => ({ topic, action, changes, subjectId: 'u1' });

describe('an activity event as a sentence', () => {
  it('names the task, the column and what changed, never an id', () => {
    const pl = context();
    expect(eventSentence(event('task.created', { title: { after: 'Regulamin' }, status: { after: 'TODO' } }), pl)).toBe('Dodano zadanie „Regulamin” w kolumnie „Do zrobienia”.');
    expect(eventSentence(event('task.moved', { status: { before: 'TODO', after: 'IN_PROGRESS' }, position: { before: 'a0', after: 'a1' } }), pl)).toBe('Przeniesiono zadanie do kolumny „W toku”.');
    expect(eventSentence(event('task.moved', { position: { before: 'a0', after: 'a1' } }), pl)).toBe('Zmieniono kolejność zadań w kolumnie.');
    expect(eventSentence(event('task.updated', { title: { before: 'A', after: 'B' }, dueOn: { before: null, after: '2026-12-31' } }), pl)).toBe('Zmieniono zadanie „B”: tytuł, termin.');
    expect(eventSentence(event('task.updated', { description: { before: '', after: 'x' } }), pl)).toBe('Zmieniono zadanie: opis.');
  });

  it('speaks of projects, gminas and roles in the reader’s words', () => {
    const pl = context();
    expect(eventSentence(event('project.moved', { stage: { before: 'IDEA', after: 'CONCEPT' } }, 'project'), pl)).toBe('Przeniesiono projekt do etapu „Koncepcja”.');
    expect(eventSentence(event('project.budgetSet', { totalCost: { before: '1.00', after: '18450000.00' } }, 'project'), pl)).toBe('Zmieniono budżet projektu: koszt całkowity 18\u00a0450\u00a0000,00\u00a0zł.');
    expect(eventSentence(event('member.added', { member: { after: { terc: '2417112', name: 'Rajcza', role: 'MEMBER' } }, gmina: { after: '2417112' } }, 'partnership'), pl)).toBe('Gmina Rajcza dołączyła do partnerstwa.');
    expect(eventSentence(event('member.roleChanged', { role: { before: 'MEMBER', after: 'LEADER' }, gmina: { after: '2417112' } }, 'partnership'), pl)).toBe('Zmieniono rolę gminy Rajcza w partnerstwie: lider.');
    expect(eventSentence(event('role.granted', { role: { before: null, after: 'GMINA_OFFICIAL' } }, 'access'), pl)).toBe('Nowa rola w partnerstwie: Katarzyna Kowalczyk (UG Rajcza) — urzędnik gminy: Rajcza.');
    expect(eventSentence(event('something.new', {}, 'widget'), pl)).toBe('Zmiana w partnerstwie (widget: something.new).');
    expect(eventSentence(event('task.created', { title: { after: 'Regulamin' } }), context('en'))).toBe('Task “Regulamin” was added.');
  });

  it('has a label for every project stage of the schema', () => {
    for (const stage of Object.values(ProjectStage)) {
      expect(MESSAGES.pl[`activity.stage.${stage}`]).toBeTruthy();
      expect(MESSAGES.en[`activity.stage.${stage}`]).toBeTruthy();
    }
  });

  it('counts events with the four Polish plural forms', () => {
    const intl = createIntl({ locale: 'pl-PL', messages: MESSAGES.pl });
    const forms = Array.from({ length: 26 }, (_, n) => intl.formatMessage({ id: 'activity.count' }, { n }));
    expect(forms.slice(0, 6)).toEqual(['0 zdarzeń', '1 zdarzenie', '2 zdarzenia', '3 zdarzenia', '4 zdarzenia', '5 zdarzeń']);
    expect(forms[12]).toBe('12 zdarzeń');
    expect(forms[22]).toBe('22 zdarzenia');
    expect(forms[25]).toBe('25 zdarzeń');
  });

  it('links to the board or the project the event is about', () => {
    expect(eventLink({ topic: 'task', subjectId: 't', scopeId: 'p' })).toEqual({ to: '/projects/p/board', kind: 'board' });
    expect(eventLink({ topic: 'project', subjectId: 'p', scopeId: 'p' })).toEqual({ to: '/projects/p', kind: 'project' });
    expect(eventLink({ topic: 'plan', subjectId: 'x', scopeId: 'x' })).toBeNull();
  });
});
