import { PlanKind } from '../plan/plan-status';

/** The demo people who write the plan and its comments (their e-mails are in the partnership's demo data). */
export const DEMO_WRITERS = {
  coordinator: { email: 'koordynator@wspolnie.example', name: 'Anna Zięba' },
  advisor: { email: 'doradca@wspolnie.example', name: 'Magdalena Żurek' },
  rajcza: { email: 'urzednik.rajcza@wspolnie.example', name: 'Katarzyna Kowalczyk' },
  ujsoly: { email: 'urzednik.ujsoly@wspolnie.example', name: 'Paweł Ślęzak' },
} as const;

export type DemoWriter = keyof typeof DEMO_WRITERS;

export const ILLUSTRATIVE =
  '**PRZYKŁAD:** tekst strategii, jej cele, kwoty i wskaźniki są zmyślone na potrzeby demonstracji i nie są dokumentem partnerstwa. ' +
  'Prawdziwe są tylko gminy, ich dane GUS i istniejące zasoby obszaru (trasa VeloSoła, linia kolejowa Katowice–Zwardoń).';

export const DEMO_PLAN = {
  title: 'Strategia rozwoju ponadlokalnego Partnerstwa 6 jst Aglomeracji Beskidzkiej na lata 2026–2035 (przykład)',
  kind: PlanKind.DEVELOPMENT_STRATEGY,
  /** Demo projects the strategy is about, by title. */
  projectTitles: ['VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej', 'Pierwsze żłobki w Ujsołach i Rajczy'],
  consultationDays: 30,
} as const;

export type SectionId = 'preamble' | 'diagnosis' | 'vision' | 'goals' | 'directions' | 'selection' | 'implementation' | 'funding' | 'monitoring';

/** A section of a demo revision; the heading is null for the text before the first heading. */
export interface DemoSection {
  readonly id: SectionId;
  readonly heading: string | null;
  readonly body: string;
}

const DIAGNOSIS = `Partnerstwo tworzy sześć gmin wiejskich województwa śląskiego: Rajcza, Ujsoły, Milówka, Węgierska Górka i Radziechowy-Wieprz (powiat żywiecki) oraz Istebna (powiat cieszyński). Obszar ma 566,7 km² i około 63,4 tys. mieszkańców (GUS, stan na 31.12.2020; dla gminy Radziechowy-Wieprz na 31.12.2019).

Rajcza i Ujsoły należą do obszarów zagrożonych trwałą marginalizacją. Liczba mieszkańców obu gmin spada, a młodzi wyjeżdżają do pracy poza subregion. Rajcza i Ujsoły graniczą ze Słowacją, a Istebna leży na styku granic Polski, Czech i Słowacji.

Mocne strony obszaru to krajobraz Beskidów, Żywiecki Park Krajobrazowy, trasa rowerowa VeloSoła (około 40 km wzdłuż Soły, otwarta w sierpniu 2024 r.) i linia kolejowa Katowice–Zwardoń ze stacjami w Rajczy, Soli i Zwardoniu. Słabe strony to rozproszona zabudowa przysiółków i zły stan dojazdowych dróg gminnych, brak żłobków w Ujsołach i Rajczy oraz mało miejsc dziennego wsparcia dla seniorów.`;

const VISION = `**Wizja 2035.** Sześć gmin Aglomeracji Beskidzkiej to obszar, w którym młode rodziny chcą zostać, seniorzy mają wsparcie blisko domu, a turyści przyjeżdżają koleją i rowerem przez cały rok.

**Misja.** Partnerstwo wspólnie przygotowuje i realizuje przedsięwzięcia, których żadna z gmin nie udźwignęłaby sama: łączy budżety, kadry urzędów i wnioski o dofinansowanie.`;

const GOALS = `1. **Cel 1. Dostępny obszar:** spójna sieć tras rowerowych i dróg lokalnych łącząca przysiółki, centra gmin i stacje kolejowe.
2. **Cel 2. Usługi blisko mieszkańców:** opieka nad dziećmi do lat 3 i wsparcie seniorów w każdej gminie partnerstwa.
3. **Cel 3. Gospodarka oparta na krajobrazie:** całoroczna turystyka aktywna i ochrona przyrody doliny Soły.`;

const DIRECTIONS = (cycling: string) => `1. **Trasy rowerowe (cel 1 i 3).** ${cycling}
2. **Drogi lokalne (cel 1).** Przebudowa dróg gminnych dojazdowych do przysiółków w Węgierskiej Górce, Milówce i Radziechowach-Wieprzu.
3. **Opieka nad dziećmi do lat 3 (cel 2).** Pierwsze żłobki w Ujsołach i Rajczy; w pozostałych gminach nowe miejsca w istniejących placówkach.
4. **Polityka senioralna (cel 2).** Sieć Klubów „Senior+” w każdej z sześciu gmin, z dowozem uczestników z przysiółków.`;

const CYCLING = 'Łączniki od trasy VeloSoła do Ujsół i do Istebnej oraz węzły bike&ride przy stacjach linii Katowice–Zwardoń.';

const CRITERIA = `- realizują co najmniej jeden cel strategiczny,
- mają lidera i partnerów spośród gmin partnerstwa,
- mają wskazane źródło finansowania i zabezpieczony wkład własny`;

const IMPLEMENTATION = `Strategią zarządza Rada Partnerstwa, działająca jako Grupa robocza do spraw obszarów zagrożonych trwałą marginalizacją. Sekretariat prowadzi Stowarzyszenie Aglomeracja Beskidzka, a każda gmina wskazuje koordynatora w swoim urzędzie. Rada przyjmuje roczny plan działania i co roku ocenia postęp realizacji strategii.`;

const FUNDING = (seniorPlus: string, childcare: string) => `Główne źródła finansowania przedsięwzięć strategii:

- **Fundusze Europejskie dla Śląskiego 2021–2027 (FE SL)**, w tym instrument ZIT subregionu południowego: trasy rowerowe, węzły przesiadkowe, e-usługi urzędów, przedszkola;
- **Rządowy Fundusz Rozwoju Dróg (RFRD)**: przebudowa dróg gminnych, dofinansowanie do 80% kosztów, zależnie od dochodów gminy;
- program **„Aktywny Maluch” 2022–2029** (FERS i KPO): ${childcare};
- program **„Senior+”**: ${seniorPlus};
- budżety gmin: wkład własny, podzielony między gminy według udziału w kosztach każdego projektu.`;

const MONITORING = `Postęp mierzą wskaźniki przypisane do celów, każdy z wartością bazową, docelową (2035) i źródłem danych:

- długość tras rowerowych łączących gminy partnerstwa: 0 → 14,5 km (ewidencja dróg rowerowych gmin);
- nowe miejsca opieki nad dziećmi do lat 3: 0 → 60 (rejestr żłobków i klubów dziecięcych);
- miejsca w Klubach „Senior+”: 0 → 90 (sprawozdania gmin);
- długość przebudowanych dróg gminnych: 0 → 12 km (protokoły odbioru).

Sprawozdanie z monitoringu Rada Partnerstwa przyjmuje co roku; ewaluacja w 2030 r. kończy się decyzją o kontynuacji lub aktualizacji strategii.`;

const PREAMBLE = `Projekt strategii przygotowany przez zespół roboczy Rady Partnerstwa ze wsparciem doradczym Centrum Wsparcia Doradczego (CWD), przedstawiony do konsultacji gminom partnerstwa.

${ILLUSTRATIVE}`;

export const FIRST_REVISION: { readonly summary: string; readonly sections: readonly DemoSection[] } = {
  summary: 'Projekt strategii do konsultacji z gminami partnerstwa (przykład)',
  sections: [
    { id: 'preamble', heading: null, body: PREAMBLE },
    { id: 'diagnosis', heading: '1. Diagnoza sytuacji społeczno-gospodarczej', body: DIAGNOSIS },
    { id: 'vision', heading: '2. Wizja i misja', body: VISION },
    { id: 'goals', heading: '3. Cele strategiczne', body: GOALS },
    { id: 'directions', heading: '4. Kierunki działań', body: DIRECTIONS(CYCLING) },
    { id: 'selection', heading: '5. Zasady wyboru projektów', body: `Do pakietu projektów partnerstwa wpisuje się przedsięwzięcia, które:\n\n${CRITERIA}.\n\nO wpisaniu projektu do pakietu decyduje Rada Partnerstwa uchwałą.` },
    { id: 'implementation', heading: '6. System wdrażania', body: IMPLEMENTATION },
    { id: 'funding', heading: '7. Finansowanie', body: FUNDING('utworzenie Klubu „Senior+” (do 200 tys. zł) i dofinansowanie jego działania', 'tworzenie miejsc opieki nad dziećmi do lat 3') },
    { id: 'monitoring', heading: '8. Monitoring i ewaluacja', body: MONITORING },
  ],
};

/** After the first comments: the selection rules merge into the implementation system; the numbering follows. */
export const SECOND_REVISION: { readonly summary: string; readonly sections: readonly DemoSection[] } = {
  summary:
    'Uwagi z konsultacji: przebieg łącznika do Ujsół doliną Ujsoły; zasady wyboru projektów włączone do systemu wdrażania, z kryterium oddziaływania ponadgminnego; uzupełnione finansowanie (przykład)',
  sections: [
    { id: 'preamble', heading: null, body: PREAMBLE },
    {
      id: 'diagnosis',
      heading: '1. Diagnoza sytuacji społeczno-gospodarczej',
      body: `${DIAGNOSIS}\n\nZestawienie liczby dzieci do lat 3 i osób w wieku 65+ w każdej gminie (Bank Danych Lokalnych GUS) będzie załącznikiem do strategii.`,
    },
    { id: 'vision', heading: '2. Wizja i misja', body: VISION },
    { id: 'goals', heading: '3. Cele strategiczne', body: GOALS },
    {
      id: 'directions',
      heading: '4. Kierunki działań',
      body: DIRECTIONS(`${CYCLING} Łącznik do Ujsół biegnie doliną Ujsoły (Białej Soły), z dala od ruchu samochodowego.`),
    },
    {
      id: 'implementation',
      heading: '5. System wdrażania',
      body: `${IMPLEMENTATION}\n\nDo pakietu projektów partnerstwa Rada wpisuje uchwałą przedsięwzięcia, które:\n\n${CRITERIA},\n- oddziałują poza gminę, w której są realizowane (warunek instrumentu ZIT w województwie śląskim).`,
    },
    {
      id: 'funding',
      heading: '6. Finansowanie',
      body: FUNDING(
        'utworzenie Klubu „Senior+” (do 200 tys. zł) i dofinansowanie jego działania; edycja 2021–2025 się kończy, więc kluby po 2025 r. zależą od programu, który ją zastąpi',
        'tworzenie miejsc opieki nad dziećmi do lat 3 (od 2024 r. ponad 57,5 tys. zł na jedno miejsce)',
      ),
    },
    { id: 'monitoring', heading: '7. Monitoring i ewaluacja', body: MONITORING },
  ],
};

/** In a thread's or reply's text, `@{coordinator}` becomes a mention of that demo person. */
export interface DemoThread {
  /** The revision it is written on: 1 before the second revision is published, 2 after. */
  readonly on: 1 | 2;
  readonly by: DemoWriter;
  readonly section: SectionId;
  /** A passage of the section's body, quoted exactly. */
  readonly quote?: string;
  readonly body: string;
  readonly replies: readonly { readonly by: DemoWriter; readonly body: string }[];
  /** Decided once the second revision is out. */
  readonly resolution?: { readonly by: DemoWriter; readonly note: string };
}

export const DEMO_THREADS: readonly DemoThread[] = [
  {
    on: 1,
    by: 'ujsoly',
    section: 'directions',
    quote: 'Łączniki od trasy VeloSoła do Ujsół i do Istebnej',
    body: 'Prosimy dopisać, że łącznik do Ujsół poprowadzimy doliną Ujsoły (Białej Soły), a nie wzdłuż drogi: to bezpieczniejsze dla rodzin z dziećmi i tak ustaliliśmy na zebraniach wiejskich.',
    replies: [{ by: 'coordinator', body: 'Dziękuję, zmienimy to w wersji 2. Ten sam przebieg ma karta projektu VeloSoła+.' }],
    resolution: { by: 'coordinator', note: 'Przyjęto — zmieniono w wersji 2' },
  },
  {
    on: 1,
    by: 'advisor',
    section: 'selection',
    body: 'W województwie śląskim instrument ZIT obejmuje tylko projekty, których oddziaływanie wykracza poza gminę, w której są realizowane. Proponuję dopisać to jako czwarte kryterium, inaczej np. węzły bike&ride przy pojedynczych stacjach nie przejdą oceny.',
    replies: [{ by: 'rajcza', body: 'Zgoda. Dla węzłów przy stacjach w Rajczy i Soli pokażemy dojazdy mieszkańców Ujsół.' }],
  },
  {
    on: 1,
    by: 'rajcza',
    section: 'diagnosis',
    body: 'W diagnozie brakuje liczby dzieci do lat 3 w każdej gminie. Bez niej nie uzasadnimy liczby miejsc we wniosku do programu „Aktywny Maluch”. Czy CWD może przygotować te dane z BDL GUS?',
    replies: [{ by: 'advisor', body: 'Tak, przygotuję zestawienie z Banku Danych Lokalnych dla wszystkich sześciu gmin; dołączymy je jako załącznik.' }],
  },
  {
    on: 2,
    by: 'rajcza',
    section: 'funding',
    quote: 'podzielony między gminy według udziału w kosztach każdego projektu',
    body: '@{coordinator} jak liczymy udział w kosztach żłobków: po połowie z Ujsołami czy według liczby miejsc w każdej gminie? Potrzebujemy tego do projektu budżetu Rajczy na 2027 r.',
    replies: [{ by: 'advisor', body: 'Proponuję według liczby miejsc, bo tak liczy się też wskaźnik w programie „Aktywny Maluch”. Przygotuję oba warianty na posiedzenie Rady Partnerstwa.' }],
  },
];
