import { parsePln } from '@wspolnie/kernel';
import { PartnershipStage } from '@wspolnie/partnerships';
import { ActivityFormat, ActivityKind } from '../activity/activity-enums';
import { OperatorKind } from '../programme/programme-enums';

/**
 * The advisory demo. Programmes, operators, modules, the 29 towns and the published budget
 * figures are real (see ../shared/domain.md's sources); dates, places, participant counts and
 * which gminas came to which meeting are invented, and every such record is marked illustrative.
 */

/** New demo people; the CWD advisor (doradca@) and the administrator come from the partnership's demo. */
export const DEMO_ADVISORY_PEOPLE = {
  manager: {
    email: 'kierownik.programu@wspolnie.example',
    displayName: 'Barbara Nowicka (MFiPR, kierownik programów)',
  },
  westConsultant: {
    email: 'konsultant.zachodniopomorskie@wspolnie.example',
    displayName: 'Tomasz Bąk (UM Województwa Zachodniopomorskiego)',
  },
  advisor: { email: 'doradca@wspolnie.example' },
  admin: { email: 'admin@wspolnie.example' },
} as const;

export interface DemoActivity {
  readonly kind: ActivityKind;
  readonly title: string;
  readonly heldOn: string;
  readonly startsAt?: string;
  readonly durationMinutes: number;
  readonly format: ActivityFormat;
  readonly place?: string;
  readonly link?: string;
  /** A module (by its number) or an additional topic (by name). */
  readonly module?: number;
  readonly topic?: string;
  /** TERC → participants. */
  readonly gminas: Readonly<Record<string, number>>;
  readonly outcome: string;
  readonly followUps?: readonly {
    readonly description: string;
    readonly projectTitle?: string;
  }[];
}

export const CWD: {
  readonly name: string;
  readonly operatorKind: OperatorKind;
  readonly operatorName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly additionalTopics: string[];
  readonly engagement: { readonly title: string; readonly stage: PartnershipStage; readonly startsOn: string };
  readonly activities: readonly DemoActivity[];
} = {
  name: 'Pilotaż Centrum Wsparcia Doradczego',
  operatorKind: OperatorKind.MINISTRY,
  operatorName: 'Ministerstwo Funduszy i Polityki Regionalnej, z Związkiem Miast Polskich',
  startsOn: '2020-07-01',
  endsOn: '2022-06-30',
  additionalTopics: ['Diagnoza społeczno-gospodarcza', 'Strategia terytorialna partnerstwa', 'Pakiet projektów zintegrowanych'],
  engagement: {
    title: 'Wsparcie partnerstwa sześciu gmin Aglomeracji Beskidzkiej',
    stage: PartnershipStage.STRATEGY,
    startsOn: '2020-11-30',
  },
  activities: [
    {
      kind: ActivityKind.CONSULTATION,
      title: 'Konsultacja projektu raportu diagnostycznego',
      heldOn: '2021-03-16',
      startsAt: '10:00',
      durationMinutes: 120,
      format: ActivityFormat.ONLINE,
      link: 'https://spotkanie.example/cwd-diagnoza',
      topic: 'Diagnoza społeczno-gospodarcza',
      gminas: {
        '2417112': 2,
        '2417142': 2,
        '2403092': 1,
        '2417092': 1,
        '2417152': 2,
        '2417102': 1,
      },
      outcome: 'Uzgodniono uzupełnienie diagnozy o wyniki ankiety wśród młodzieży i dane o dojazdach do pracy.',
    },
    {
      kind: ActivityKind.WORKSHOP,
      title: 'Warsztat strategiczny: cele i kierunki działań',
      heldOn: '2021-10-12',
      startsAt: '09:30',
      durationMinutes: 300,
      format: ActivityFormat.ON_SITE,
      place: 'Urząd Gminy Milówka, sala sesyjna',
      topic: 'Strategia terytorialna partnerstwa',
      gminas: {
        '2417112': 3,
        '2417142': 2,
        '2403092': 2,
        '2417092': 3,
        '2417152': 2,
        '2417102': 2,
      },
      outcome: 'Przyjęto trzy cele strategiczne; łączniki rowerowe i żłobki wskazano jako przedsięwzięcia kluczowe.',
      followUps: [
        {
          description: 'Przygotować fiszkę projektu łączników VeloSoła+ do Ujsół i Istebnej na posiedzenie Rady',
          projectTitle: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej',
        },
        {
          description: 'Zebrać z sześciu urzędów dane o liczbie dzieci do lat 3 i miejscach w placówkach',
          projectTitle: 'Pierwsze żłobki w Ujsołach i Rajczy',
        },
      ],
    },
    {
      kind: ActivityKind.STUDY_VISIT,
      title: 'Wizyta studyjna: trasy rowerowe doliny Popradu',
      heldOn: '2022-05-18',
      startsAt: '08:00',
      durationMinutes: 600,
      format: ActivityFormat.ON_SITE,
      place: 'Muszyna i Piwniczna-Zdrój',
      topic: 'Pakiet projektów zintegrowanych',
      gminas: { '2417112': 2, '2417142': 2, '2403092': 1 },
      outcome: 'Poznano model utrzymania trasy przez kilka gmin; do rozważenia porozumienie międzygminne dla VeloSoły+.',
      followUps: [
        {
          description: 'Rozważyć porozumienie międzygminne o utrzymaniu tras rowerowych',
        },
      ],
    },
  ],
};

/** Regiony Rewitalizacji's four mandatory training modules (domain.md §4.3). */
export const REVITALISATION_MODULES = [
  'Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji',
  'Zarządzanie rewitalizacją i włączenie społeczności lokalnej we wdrażanie programów rewitalizacji',
  'Monitoring i ewaluacja działań rewitalizacyjnych',
  'Dostępność w rewitalizacji',
] as const;

const TWO_DAYS = 720; // two days of six hours

export const REVITALISATION = {
  name: 'Regiony Rewitalizacji – wzmacnianie zdolności gmin do programowania i wdrażania działań rewitalizacyjnych',
  operatorKind: OperatorKind.MINISTRY,
  operatorName: 'Ministerstwo Funduszy i Polityki Regionalnej, z zespołami rewitalizacji urzędów marszałkowskich',
  startsOn: '2019-01-01',
  endsOn: '2022-06-30',
  teams: [
    {
      name: 'Urząd Marszałkowski Województwa Zachodniopomorskiego',
      voivodeshipCode: '32',
    },
    {
      name: 'Urząd Marszałkowski Województwa Lubelskiego',
      voivodeshipCode: '06',
    },
  ],
  /** Zachodniopomorskie's four two-day educational meetings on module 1, first half of 2020. */
  westMeetings: (
    [
      {
        heldOn: '2020-02-11',
        place: 'Szczecin, Urząd Marszałkowski, ul. Korsarzy 34',
        format: ActivityFormat.ON_SITE,
        gminas: {
          '3262011': 4,
          '3211043': 2,
          '3204023': 2,
          '3206043': 2,
          '3214011': 1,
        },
      },
      {
        heldOn: '2020-03-03',
        place: 'Koszalin, Filia Urzędu Marszałkowskiego',
        format: ActivityFormat.ON_SITE,
        gminas: { '3261011': 3, '3201011': 2, '3215011': 2, '3203023': 1 },
      },
      {
        heldOn: '2020-05-19',
        link: 'https://szkolenia.example/rewitalizacja-3',
        format: ActivityFormat.ONLINE,
        gminas: {
          '3262011': 2,
          '3201011': 1,
          '3205023': 2,
          '3207033': 1,
          '3213011': 2,
        },
      },
      {
        heldOn: '2020-06-16',
        link: 'https://szkolenia.example/rewitalizacja-4',
        format: ActivityFormat.ONLINE,
        gminas: {
          '3211043': 1,
          '3206043': 1,
          '3205023': 1,
          '3208033': 2,
          '3216033': 2,
        },
      },
    ] as {
      heldOn: string;
      place?: string;
      link?: string;
      format: ActivityFormat;
      gminas: Record<string, number>;
    }[]
  ).map((meeting, index): DemoActivity => ({
    kind: ActivityKind.EDUCATIONAL_MEETING,
    title: `Spotkanie edukacyjne ${index + 1}/4: ${REVITALISATION_MODULES[0]}`,
    durationMinutes: TWO_DAYS,
    startsAt: '09:00',
    module: 1,
    outcome: 'Omówiono prawo pierwokupu, Specjalną Strefę Rewitalizacji i miejscowy plan rewitalizacji na przykładach gmin uczestników.',
    ...meeting,
  })),
  /** The other team's work, outside the west team's report. */
  eastMeeting: {
    kind: ActivityKind.EDUCATIONAL_MEETING,
    title: `Spotkanie edukacyjne: ${REVITALISATION_MODULES[2]}`,
    heldOn: '2020-03-10',
    startsAt: '10:00',
    durationMinutes: 360,
    format: ActivityFormat.ON_SITE,
    place: 'Lublin, Urząd Marszałkowski',
    module: 3,
    gminas: { '0663011': 4, '0604011': 2 },
    outcome: 'Wskaźniki monitorowania gminnych programów rewitalizacji.',
  } satisfies DemoActivity,
};

/** The 29 towns funded by the Rozwój lokalny programme (domain.md §4.5), by TERC. */
export const TOWNS_29 = [
  '2403011',
  '2005011',
  '0604011',
  '3006023',
  '1804011',
  '1805011',
  '0261011',
  '1603011',
  '3062011',
  '1861011',
  '2062011',
  '1812053',
  '1007043',
  '2607011',
  '3017011',
  '3019011',
  '1862011',
  '2415031',
  '1818011',
  '2611011',
  '1263011',
  '1016011',
  '0464011',
  '2478011',
  '2416021',
  '1020031',
  '3031011',
  '0811021',
  '2417011',
] as const;

export const LOCAL_DEVELOPMENT = {
  name: 'Rozwój lokalny – Forum Rozwoju Lokalnego',
  operatorKind: OperatorKind.ASSOCIATION,
  operatorName: 'Związek Miast Polskich (program MFiPR z Funduszy EOG i norweskich)',
  startsOn: '2019-01-01',
  endsOn: null,
  additionalTopics: ['Współzarządzanie i partycypacja', 'Lokalne plany rozwoju'],
  /** The seminar of 7 March at which the 29 towns present their results: the year is invented, so it is upcoming and open for registration. */
  seminar: {
    kind: ActivityKind.SEMINAR,
    title: 'Seminarium Forum Rozwoju Lokalnego: 29 miast przedstawia efekty lokalnych planów rozwoju',
    heldOn: '2027-03-07',
    startsAt: '10:00',
    durationMinutes: 300,
    format: ActivityFormat.ONLINE,
    link: 'https://transmisja.example/frl-seminarium',
    topic: 'Lokalne plany rozwoju',
    gminas: Object.fromEntries(TOWNS_29.map((terc) => [terc, 0])),
    outcome: '',
  } satisfies DemoActivity,
  capacity: 120,
  closesAt: '2027-03-05T23:59:00+01:00',
  registrations: [
    {
      name: 'Joanna Kubica',
      email: 'j.kubica@cieszyn.example',
      gminaTerc: '2403011',
    },
    {
      name: 'Piotr Łęcki',
      email: 'p.lecki@zywiec.example',
      gminaTerc: '2417011',
    },
    {
      name: 'Agnieszka Sołtys',
      email: 'a.soltys@hajnowka.example',
      gminaTerc: '2005011',
    },
    {
      name: 'Grzegorz Wąsik',
      email: 'g.wasik@zabrze.example',
      gminaTerc: '2478011',
    },
  ],
};

export const URBAN_POLICY = {
  name: 'Projekt wzmacniania potencjału miast w ramach polityki miejskiej 2023–2029 (nazwa przykładowa)',
  operatorKind: OperatorKind.MINISTRY,
  operatorName: 'Ministerstwo Funduszy i Polityki Regionalnej',
  startsOn: '2023-01-01',
  endsOn: '2029-12-31',
  totalValue: parsePln('69504961.44'),
  euContribution: parsePln('55402404.76'),
};
