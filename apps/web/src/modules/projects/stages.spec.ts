import { createIntl } from 'react-intl';
import { FundingProgramme, IndicatorKind, ProjectParticipantRole, ProjectReadiness, ProjectStage } from './graphql.generated';
import { MESSAGES } from '../../i18n/messages';
import { NEXT_STAGES, PIPELINE_STAGES, PROGRAMME_ORDER, READINESS_ORDER } from './stages';

const intl = (locale: 'pl' | 'en') =>
  createIntl({
    locale: locale === 'pl' ? 'pl-PL' : 'en-GB',
    messages: MESSAGES[locale],
  });

describe('projects: enum labels and plurals', () => {
  const enums: [string, Record<string, string>][] = [
    ['projects.stage', ProjectStage],
    ['projects.readiness', ProjectReadiness],
    ['projects.programme', FundingProgramme],
    ['projects.indicatorKind', IndicatorKind],
    ['projects.participantRole', ProjectParticipantRole],
  ];
  it.each(enums)('labels every value of %s in both languages', (prefix, values) => {
    for (const value of Object.values(values)) {
      for (const locale of ['pl', 'en'] as const) expect(MESSAGES[locale][`${prefix}.${value}` as keyof (typeof MESSAGES)['pl']]).toBeTruthy();
    }
  });

  it('puts every stage of the schema in the pipeline, once, and knows where each may go', () => {
    expect([...PIPELINE_STAGES].sort()).toEqual(Object.values(ProjectStage).sort());
    expect(Object.keys(NEXT_STAGES).sort()).toEqual(Object.values(ProjectStage).sort());
    expect([...READINESS_ORDER].sort()).toEqual(Object.values(ProjectReadiness).sort());
    expect([...PROGRAMME_ORDER].sort()).toEqual(Object.values(FundingProgramme).sort());
  });

  it('counts projects with the four Polish plural forms, 0 to 25', () => {
    const pl = intl('pl');
    const counted = Array.from({ length: 26 }, (_, n) => pl.formatMessage({ id: 'projects.count' }, { n }));
    expect(counted.slice(0, 6)).toEqual(['0 projektów', '1 projekt', '2 projekty', '3 projekty', '4 projekty', '5 projektów']);
    expect(counted.slice(12, 15)).toEqual(['12 projektów', '13 projektów', '14 projektów']);
    expect(counted.slice(21, 26)).toEqual(['21 projektów', '22 projekty', '23 projekty', '24 projekty', '25 projektów']);
    expect(intl('en').formatMessage({ id: 'projects.count' }, { n: 1 })).toBe('1 project');
    expect(intl('en').formatMessage({ id: 'projects.count' }, { n: 5 })).toBe('5 projects');
  });
});
