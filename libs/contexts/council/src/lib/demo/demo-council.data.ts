import { Choice, DecisionKind } from '../council-enums';

/**
 * The demo council of the six gminas of Aglomeracja Beskidzka. The council and its working
 * group are real (domain.md §2.4); its members here, their meetings, motions, votes and minutes
 * are invented for the demo, and every text says so.
 */

/** One fictional representative per member gmina (a council member acting for it); no real office holder is impersonated. */
export const DEMO_REPRESENTATIVES: readonly { terc: string; email: string; displayName: string }[] = [
  { terc: '2417112', email: 'rada.rajcza@wspolnie.example', displayName: 'Jan Kowalik (przedstawiciel Gminy Rajcza, przykład)' },
  { terc: '2417142', email: 'rada.ujsoly@wspolnie.example', displayName: 'Barbara Leśniak (przedstawicielka Gminy Ujsoły, przykład)' },
  { terc: '2403092', email: 'rada.istebna@wspolnie.example', displayName: 'Andrzej Łupieżowiec (przedstawiciel Gminy Istebna, przykład)' },
  { terc: '2417092', email: 'rada.milowka@wspolnie.example', displayName: 'Zofia Gąsiorek (przedstawicielka Gminy Milówka, przykład)' },
  { terc: '2417152', email: 'rada.wegierska-gorka@wspolnie.example', displayName: 'Marek Żabiński (przedstawiciel Gminy Węgierska Górka, przykład)' },
  { terc: '2417102', email: 'rada.radziechowy-wieprz@wspolnie.example', displayName: 'Ewa Świątek (przedstawicielka Gminy Radziechowy-Wieprz, przykład)' },
];

export interface DemoItem {
  readonly title: string;
  readonly description?: string;
  readonly motionText?: string;
  readonly decisionKind?: DecisionKind;
  /** For a decision on a demo project, by title; for ADOPT_PLAN, the plan below. */
  readonly projectTitle?: string;
  /** How each gmina's representative voted, by TERC (absent gminas are left out). */
  readonly votes?: Readonly<Record<string, Choice>>;
}

export interface DemoMeeting {
  readonly title: string;
  /** A day relative to the seeding day for the planned meeting, or a fixed past day. */
  readonly date: string | { readonly inDays: number };
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  /** TERCs of the gminas whose representatives were present (past meetings). */
  readonly present?: readonly string[];
  readonly items: readonly DemoItem[];
  readonly minutes?: string;
}

const { FOR, AGAINST, ABSTAIN } = Choice;
const ALL = ['2417112', '2417142', '2403092', '2417092', '2417152', '2417102'];
const everyone = (choice: Choice) => Object.fromEntries(ALL.map((terc) => [terc, choice]));

/** The territorial strategy the second meeting adopted: the 2021 stage of the CWD pilot, in short. */
export const DEMO_STRATEGY = {
  title: 'Strategia terytorialna Partnerstwa 6 jst Aglomeracji Beskidzkiej (etap II Pilotażu CWD, przykład)',
  markdown: `Tekst przykładowy: streszczenie przygotowane na potrzeby demonstracji.

# Diagnoza {#diagnoza}

Sześć gmin górskich Żywiecczyzny i Śląska Cieszyńskiego łączą turystyka, dolina Soły i wspólne problemy: odpływ młodych i starzenie się mieszkańców.

# Cele {#cele}

1. Spójna sieć tras rowerowych i szlaków łącząca wszystkie gminy.
2. Opieka nad dziećmi do lat 3 i usługi dla seniorów bliżej domu.
3. Lepsze drogi lokalne między dolinami.

# Wdrażanie {#wdrazanie}

Rada Partnerstwa przyjmuje pakiet projektów i zatwierdza udziały gmin w ich kosztach uchwałami.
`,
};

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    title: 'Posiedzenie założycielskie Rady Partnerstwa',
    date: '2025-02-12',
    startTime: '10:00',
    endTime: '12:30',
    place: 'Urząd Gminy Rajcza, sala sesyjna',
    onlineUrl: null,
    present: ALL,
    items: [
      { title: 'Otwarcie posiedzenia i stwierdzenie kworum' },
      {
        title: 'Przyjęcie regulaminu Rady Partnerstwa',
        motionText: 'Rada Partnerstwa przyjmuje regulamin swojej pracy w brzmieniu stanowiącym załącznik do uchwały (treść przykładowa).',
        votes: everyone(FOR),
      },
      {
        title: 'Wybór przewodniczącego Rady Partnerstwa',
        motionText: 'Rada Partnerstwa wybiera na przewodniczącego Tadeusza Wróbla (treść przykładowa).',
        votes: { ...everyone(FOR), '2417102': ABSTAIN },
      },
    ],
    minutes: `Protokół przykładowy.

1. Posiedzenie otworzył koordynator partnerstwa; obecni przedstawiciele wszystkich sześciu gmin, kworum jest.
2. Rada przyjęła regulamin (uchwała nr 1/2025).
3. Rada wybrała przewodniczącego (uchwała nr 2/2025).
`,
  },
  {
    title: 'Przyjęcie strategii terytorialnej Partnerstwa',
    date: '2025-09-24',
    startTime: '10:00',
    endTime: '13:00',
    place: 'Gminny Ośrodek Kultury w Istebnej',
    onlineUrl: 'https://spotkania.example/rada-partnerstwa',
    present: ['2417112', '2417142', '2403092', '2417092', '2417152'],
    items: [
      { title: 'Informacja o wynikach konsultacji społecznych strategii' },
      {
        title: 'Przyjęcie Strategii terytorialnej Partnerstwa',
        motionText: 'Rada Partnerstwa przyjmuje Strategię terytorialną Partnerstwa 6 jst Aglomeracji Beskidzkiej po konsultacjach społecznych (treść przykładowa).',
        decisionKind: DecisionKind.ADOPT_PLAN,
        votes: { '2417112': FOR, '2417142': FOR, '2403092': FOR, '2417092': FOR, '2417152': AGAINST },
      },
    ],
    minutes: `Protokół przykładowy.

1. Koordynatorka przedstawiła uwagi zgłoszone w konsultacjach i sposób ich uwzględnienia.
2. Rada przyjęła strategię terytorialną (uchwała nr 3/2025); Węgierska Górka głosowała przeciw, wskazując na brak łącznika drogowego w pakiecie.
`,
  },
  {
    title: 'Zatwierdzenie udziałów gmin w kosztach projektu VeloSoła+',
    date: { inDays: 14 },
    startTime: '10:00',
    endTime: '12:00',
    place: 'Urząd Gminy Ujsoły, sala narad',
    onlineUrl: null,
    items: [
      { title: 'Otwarcie posiedzenia i stwierdzenie kworum' },
      {
        title: 'Zatwierdzenie udziałów gmin w kosztach projektu VeloSoła+',
        description: 'Projekt uchwały przygotowała koordynatorka na podstawie budżetu projektu (treść przykładowa).',
        motionText: 'Rada Partnerstwa zatwierdza udziały gmin uczestniczących w kosztach projektu zgodnie z budżetem projektu (treść przykładowa).',
        decisionKind: DecisionKind.APPROVE_COST_SHARES,
        projectTitle: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej',
      },
      { title: 'Informacja o naborze wniosków i sprawy różne' },
    ],
  },
];
