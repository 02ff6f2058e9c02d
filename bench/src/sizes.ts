/** How much data the generator loads and how hard each scenario pushes. */
export interface BenchSize {
  readonly name: string;
  readonly partnerships: number;
  /** null: every gmina of the register belongs to one partnership. */
  readonly gminasPerPartnership: number | null;
  readonly projects: number;
  readonly tasksPerProject: number;
  /** Projects of the partnership whose board is read (the board scenario's page is 20). */
  readonly boardProjects: number;
  /** Events in one project's stream that a subscriber resumes through. */
  readonly missedEvents: number;
  readonly boardReads: number;
  readonly searches: number;
  readonly writers: number;
  readonly updatesPerWriter: number;
  readonly subscriberCounts: readonly number[];
  /** The plan that is read: its sections, and its comments (in threads of 1–7, four on average). */
  readonly planSections: number;
  readonly planComments: number;
  /** Comments in all plans, the read one's included: every other partnership has a plan in consultation too. */
  readonly comments: number;
  readonly planReads: number;
  /** Activities of the advisory programme whose report is read (each serving one to three gminas), and how often it is read. */
  readonly programmeActivities: number;
  readonly reportReads: number;
  /** Times the web app's board page is opened in the browser (the web scenario), after one warm-up. */
  readonly webBoardLoads: number;
  /** Also time `npm start` (through Nx), not only the built API. */
  readonly npmStart: boolean;
}

/** What the scenarios do at the sizes that are measured (as opposed to smoke). */
const FULL_LOAD = {
  boardProjects: 20,
  missedEvents: 10_000,
  boardReads: 300,
  searches: 1_000,
  writers: 32,
  updatesPerWriter: 50,
  subscriberCounts: [1_000, 10_000],
  planSections: 50,
  planComments: 2_000,
  planReads: 300,
  webBoardLoads: 20,
  npmStart: true,
} as const;

export const SIZES: Record<string, BenchSize> = {
  // Proves in CI that every scenario still runs; its figures mean nothing.
  smoke: {
    name: 'smoke',
    partnerships: 3,
    gminasPerPartnership: 6,
    projects: 12,
    tasksPerProject: 8,
    boardProjects: 5,
    missedEvents: 200,
    boardReads: 5,
    searches: 10,
    writers: 4,
    updatesPerWriter: 3,
    subscriberCounts: [20],
    planSections: 5,
    planComments: 40,
    comments: 60,
    planReads: 5,
    programmeActivities: 300,
    reportReads: 5,
    webBoardLoads: 5,
    npmStart: false,
  },
  realistic: {
    name: 'realistic',
    partnerships: 40,
    gminasPerPartnership: 6,
    projects: 400,
    tasksPerProject: 50,
    comments: 50_000,
    programmeActivities: 5_000,
    reportReads: 200,
    ...FULL_LOAD,
  },
  large: {
    name: 'large',
    partnerships: 300,
    gminasPerPartnership: null,
    projects: 6_000,
    tasksPerProject: 50,
    // As many per partnership as at the realistic size: one consultation of about 1,250 comments each.
    comments: 375_000,
    // A national programme's four years, over every gmina of the register.
    programmeActivities: 100_000,
    reportReads: 40,
    ...FULL_LOAD,
  },
};
