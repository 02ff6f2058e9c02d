import { ProjectReadiness } from '../project/project-readiness';
import { ProjectStage } from '../pipeline/project-stage';
import { FundingProgramme } from '../budget/project-funding.entity';
import { TaskStatus } from '../task/task.entity';
import { IndicatorKind } from '../project/project-indicator.entity';

const RAJCZA = '2417112';
const UJSOLY = '2417142';
const ISTEBNA = '2403092';
const MILOWKA = '2417092';
const WEGIERSKA_GORKA = '2417152';
const RADZIECHOWY_WIEPRZ = '2417102';
const ALL = [RAJCZA, UJSOLY, ISTEBNA, MILOWKA, WEGIERSKA_GORKA, RADZIECHOWY_WIEPRZ];
const others = (lead: string) => ALL.filter((terc) => terc !== lead);

export const ILLUSTRATIVE =
  'PRZYKŁAD: projekt, koszty, finansowanie i zadania są zmyślone na potrzeby demonstracji; nie są planami partnerstwa.';

export interface DemoProject {
  title: string;
  area: string | null;
  lead: string;
  partners: string[];
  totalCost: string;
  funding: { programme: FundingProgramme; amount?: string; rate?: string; note?: string }[];
  readiness: ProjectReadiness;
  stage: ProjectStage;
  summary: string;
  tasks: { title: string; status: TaskStatus; assignee?: 'rajcza' | 'ujsoly' }[];
  indicators?: { kind: IndicatorKind; name: string; unit: string; baseline: string; target: string }[];
}

/** Illustrative joint projects for the demo partnership (domain notes §6); only the anchors are real. */
export const DEMO_PROJECTS: DemoProject[] = [
  {
    title: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej',
    area: 'CYCLING_ROUTES',
    lead: RAJCZA,
    partners: [UJSOLY, MILOWKA, ISTEBNA],
    totalCost: '18450000.00',
    funding: [{ programme: FundingProgramme.FE_SL, rate: '85', note: 'ZIT/IIT, subregion południowy' }],
    readiness: ProjectReadiness.CONCEPT,
    stage: ProjectStage.CONCEPT,
    summary: 'Przedłużenie istniejącej trasy VeloSoła (R4/611, otwartej w 2024 r.) do Ujsół doliną Ujsoły i do Istebnej.',
    tasks: [
      { title: 'Uzgodnić przebieg łącznika doliną Ujsoły', status: TaskStatus.IN_PROGRESS, assignee: 'ujsoly' },
      { title: 'Zebrać dane o ruchu z liczników VeloSoły', status: TaskStatus.DONE, assignee: 'rajcza' },
      { title: 'Zamówić koncepcję programowo-przestrzenną', status: TaskStatus.TODO },
    ],
    indicators: [
      { kind: IndicatorKind.OUTPUT, name: 'Długość wybudowanych dróg rowerowych', unit: 'km', baseline: '0', target: '14.5' },
      { kind: IndicatorKind.RESULT, name: 'Liczba przejazdów rowerów (licznik)', unit: 'szt./rok', baseline: '0', target: '25000' },
    ],
  },
  {
    title: 'Wspólny system informacji turystycznej i marka obszaru',
    area: 'TOURISM',
    lead: ISTEBNA,
    partners: others(ISTEBNA),
    totalCost: '1240000.00',
    funding: [{ programme: FundingProgramme.FE_SL, rate: '85' }],
    readiness: ProjectReadiness.IDEA,
    stage: ProjectStage.IDEA,
    summary: 'Wspólne punkty informacji turystycznej, portal i marka obszaru sześciu gmin.',
    tasks: [{ title: 'Zebrać propozycje nazwy marki', status: TaskStatus.TODO }],
  },
  {
    title: 'Ochrona siedlisk i edukacja przyrodnicza w dolinie Soły i Żywieckim Parku Krajobrazowym',
    area: 'BIODIVERSITY',
    lead: UJSOLY,
    partners: [RAJCZA, MILOWKA],
    totalCost: '2870000.00',
    funding: [{ programme: FundingProgramme.FENIKS, rate: '85', note: 'bioróżnorodność' }],
    readiness: ProjectReadiness.FEASIBILITY_STUDY,
    stage: ProjectStage.PREPARATION,
    summary: 'Inwentaryzacja siedlisk, ścieżki edukacyjne i zajęcia dla szkół.',
    tasks: [
      { title: 'Studium wykonalności: uwagi RDOŚ', status: TaskStatus.BLOCKED, assignee: 'ujsoly' },
      { title: 'Program zajęć edukacyjnych', status: TaskStatus.IN_PROGRESS },
    ],
  },
  {
    title: 'Przebudowa dróg gminnych dojazdowych do przysiółków',
    area: 'LOCAL_ROADS',
    lead: WEGIERSKA_GORKA,
    partners: [MILOWKA, RADZIECHOWY_WIEPRZ],
    totalCost: '9730000.00',
    funding: [{ programme: FundingProgramme.RFRD, rate: '80' }],
    readiness: ProjectReadiness.DESIGN_DOCUMENTATION,
    stage: ProjectStage.APPLICATION_SUBMITTED,
    summary: 'Przebudowa odcinków dróg gminnych prowadzących do przysiółków trzech gmin.',
    tasks: [
      { title: 'Złożyć wniosek do RFRD', status: TaskStatus.DONE, assignee: 'rajcza' },
      { title: 'Odpowiedzieć na wezwanie do uzupełnień', status: TaskStatus.TODO },
    ],
  },
  {
    title: 'Wspólne e-usługi i cyberbezpieczeństwo urzędów 6 gmin',
    area: 'DIGITALISATION',
    lead: RADZIECHOWY_WIEPRZ,
    partners: others(RADZIECHOWY_WIEPRZ),
    totalCost: '3600000.00',
    funding: [{ programme: FundingProgramme.FE_SL, rate: '85', note: 'cyfryzacja administracji' }],
    readiness: ProjectReadiness.CONCEPT,
    stage: ProjectStage.CONCEPT,
    summary: 'Wspólne e-usługi publiczne i audyt bezpieczeństwa w sześciu urzędach.',
    tasks: [{ title: 'Inwentaryzacja systemów w urzędach', status: TaskStatus.IN_PROGRESS, assignee: 'rajcza' }],
  },
  {
    title: 'Pierwsze żłobki w Ujsołach i Rajczy',
    area: 'CHILDCARE',
    lead: UJSOLY,
    partners: [RAJCZA],
    totalCost: '3980000.00',
    funding: [{ programme: FundingProgramme.AKTYWNY_MALUCH, rate: '80', note: 'FERS + KPO' }],
    readiness: ProjectReadiness.FEASIBILITY_STUDY,
    stage: ProjectStage.FUNDED,
    summary: 'Nowe miejsca opieki nad dziećmi do lat 3 w dwóch gminach: żłobek w Ujsołach i żłobek w Rajczy.',
    tasks: [
      { title: 'Podpisać umowę o dofinansowanie', status: TaskStatus.DONE, assignee: 'ujsoly' },
      { title: 'Ogłosić przetarg na roboty', status: TaskStatus.TODO, assignee: 'ujsoly' },
    ],
  },
  {
    title: 'Rozbudowa i termomodernizacja przedszkoli',
    area: 'CHILDCARE',
    lead: MILOWKA,
    partners: [WEGIERSKA_GORKA],
    totalCost: '7215000.00',
    funding: [{ programme: FundingProgramme.FE_SL, rate: '85' }],
    readiness: ProjectReadiness.DESIGN_DOCUMENTATION,
    stage: ProjectStage.PREPARATION,
    summary: 'Nowe miejsca przedszkolne i mniejsze zużycie energii.',
    tasks: [{ title: 'Audyt energetyczny budynków', status: TaskStatus.IN_PROGRESS }],
  },
  {
    title: 'Sieć Klubów Senior+ w 6 gminach',
    area: 'SENIOR_POLICY',
    lead: ISTEBNA,
    partners: others(ISTEBNA),
    totalCost: '1560000.00',
    funding: [{ programme: FundingProgramme.SENIOR_PLUS, amount: '1200000.00', note: '6 klubów × do 200 tys. zł' }],
    readiness: ProjectReadiness.IDEA,
    stage: ProjectStage.IDEA,
    summary: 'Kluby Senior+ w każdej z sześciu gmin.',
    tasks: [{ title: 'Ankieta wśród seniorów', status: TaskStatus.TODO }],
  },
  {
    title: 'Węzły przesiadkowe bike&ride przy stacjach linii Katowice–Zwardoń',
    area: 'CYCLING_ROUTES',
    lead: WEGIERSKA_GORKA,
    partners: [RAJCZA, MILOWKA, RADZIECHOWY_WIEPRZ],
    totalCost: '5120000.00',
    funding: [{ programme: FundingProgramme.FE_SL, rate: '85', note: 'ZIT: transport' }],
    readiness: ProjectReadiness.CONCEPT,
    stage: ProjectStage.CONCEPT,
    summary: 'Parkingi rowerowe i wiaty przy stacjach; oddziaływanie ponadgminne (warunek ZIT w Śląskiem).',
    tasks: [{ title: 'Wykazać oddziaływanie ponadgminne', status: TaskStatus.BLOCKED }],
  },
  {
    title: 'Rewitalizacja centrum Rajczy',
    area: 'REVITALISATION',
    lead: RAJCZA,
    partners: [],
    totalCost: '6480000.00',
    funding: [{ programme: FundingProgramme.FE_SL, rate: '85', note: 'rewitalizacja; wymaga GPR w wykazie' }],
    readiness: ProjectReadiness.IDEA,
    stage: ProjectStage.IDEA,
    summary: 'Wymaga gminnego programu rewitalizacji wpisanego do wykazu.',
    tasks: [],
  },
  {
    title: 'Wspólne biuro projektowe partnerstwa',
    area: null,
    lead: RAJCZA,
    partners: others(RAJCZA),
    totalCost: '780000.00',
    funding: [],
    readiness: ProjectReadiness.IDEA,
    stage: ProjectStage.IDEA,
    summary: 'Biuro przygotowujące wnioski dla partnerstwa, finansowane ze składek gmin.',
    tasks: [{ title: 'Ustalić wysokość składek', status: TaskStatus.TODO }],
  },
];

/** The usual road through the pipeline, used to bring demo projects to their stage with history. */
export const PIPELINE_PATH = [ProjectStage.IDEA, ProjectStage.CONCEPT, ProjectStage.PREPARATION, ProjectStage.APPLICATION_SUBMITTED, ProjectStage.FUNDED];
