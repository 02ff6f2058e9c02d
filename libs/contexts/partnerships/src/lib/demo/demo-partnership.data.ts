import type { PopulationFigure } from '@wspolnie/gminas';
import { PartnershipRole } from '@wspolnie/identity';

const GUS_2020 = 'GUS, Ludność. Stan i struktura w przekroju terytorialnym, stan na 31.12.2020 (via de.wikipedia)';

/**
 * The six gminas of the partnership (aglomeracjabeskidzka.eu, 30.11.2020). Rajcza and Ujsoły
 * are areas at risk of permanent marginalisation (OZTM); the other four are functionally linked.
 * Populations as published, each with its own date: Radziechowy-Wieprz only has a 2019 figure.
 */
export const DEMO_GMINAS: readonly { terc: string; name: string; population: PopulationFigure }[] = [
  { terc: '2417112', name: 'Rajcza', population: { population: 8709, asOf: '2020-12-31', source: GUS_2020 } },
  { terc: '2417142', name: 'Ujsoły', population: { population: 4406, asOf: '2020-12-31', source: GUS_2020 } },
  { terc: '2403092', name: 'Istebna', population: { population: 12184, asOf: '2020-12-31', source: GUS_2020 } },
  { terc: '2417092', name: 'Milówka', population: { population: 10040, asOf: '2020-12-31', source: GUS_2020 } },
  { terc: '2417152', name: 'Węgierska Górka', population: { population: 15040, asOf: '2020-12-31', source: GUS_2020 } },
  {
    terc: '2417102',
    name: 'Radziechowy-Wieprz',
    population: { population: 13035, asOf: '2019-12-31', source: 'GUS, stan na 31.12.2019 (via pl.wikipedia)' },
  },
];

export const DEMO_PARTNERSHIP = {
  formedOn: '2020-11-30',
  partnership: {
    slug: 'aglomeracja-beskidzka-6',
    name: 'Partnerstwo 6 jst Aglomeracji Beskidzkiej',
    description:
      'Partnerstwo jednostek samorządu terytorialnego z obszarów zagrożonych trwałą marginalizacją na terenie ' +
      'działalności Stowarzyszenia Aglomeracja Beskidzka. Rada Partnerstwa działa jako Grupa robocza do spraw obszarów ' +
      'zagrożonych trwałą marginalizacją. Rajcza i Ujsoły to gminy z obszarów zagrożonych trwałą marginalizacją; ' +
      'Istebna, Milówka, Węgierska Górka i Radziechowy-Wieprz to samorządy powiązane funkcjonalnie. ' +
      'Sekretariat: Stowarzyszenie Aglomeracja Beskidzka (lider partnerstwa nie jest wskazany w źródłach).',
    hostOrganisation: 'Stowarzyszenie Aglomeracja Beskidzka',
    programme: 'Pilotaż Centrum Wsparcia Doradczego (MFiPR, 2020–2022)',
  },
  thematicAreaCodes: ['TOURISM', 'CYCLING_ROUTES', 'BIODIVERSITY', 'LOCAL_ROADS', 'DIGITALISATION', 'CHILDCARE', 'SENIOR_POLICY'],
} as const;

/** Demo sign-in password of every demo person (README). Never seeded outside the demo seed. */
export const DEMO_PASSWORD = 'Wspolnie-demo-2026';

/** Fictional people, one per role; no real office holder is impersonated. */
export const DEMO_PEOPLE = {
  admin: { email: 'admin@wspolnie.example', displayName: 'Administrator platformy' },
  partnership: [
    { email: 'koordynator@wspolnie.example', displayName: 'Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)', role: PartnershipRole.COORDINATOR, gminaTerc: null },
    { email: 'rada@wspolnie.example', displayName: 'Tadeusz Wróbel (Rada Partnerstwa)', role: PartnershipRole.COUNCIL_MEMBER, gminaTerc: null },
    { email: 'urzednik.rajcza@wspolnie.example', displayName: 'Katarzyna Kowalczyk (UG Rajcza)', role: PartnershipRole.GMINA_OFFICIAL, gminaTerc: '2417112' },
    { email: 'urzednik.ujsoly@wspolnie.example', displayName: 'Paweł Ślęzak (UG Ujsoły)', role: PartnershipRole.GMINA_OFFICIAL, gminaTerc: '2417142' },
    { email: 'doradca@wspolnie.example', displayName: 'Magdalena Żurek (CWD)', role: PartnershipRole.ADVISOR, gminaTerc: null },
    { email: 'obserwator@wspolnie.example', displayName: 'Michał Gąsienica', role: PartnershipRole.OBSERVER, gminaTerc: null },
  ],
} as const;
