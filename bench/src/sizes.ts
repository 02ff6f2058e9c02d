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
  /** The soak's load; its length without --soak-minutes. */
  readonly soak: SoakSize;
  /** Subscribers of the fan-out over two API processes, split evenly between them. */
  readonly twoProcessSubscriberCounts: readonly number[];
  /** The points of each scenario's curve (fan-out's are `subscriberCounts`). */
  readonly curves: Curves;
}

/**
 * Each list holds the scenario's single point above (the board partnership's tasksPerProject,
 * missedEvents, writers, planComments, programmeActivities); the generator adds a partnership,
 * plan or programme of its own for every other point.
 */
export interface Curves {
  /** Tasks per project on the board's page of `boardProjects` projects. */
  readonly boardTasksPerProject: readonly number[];
  readonly missedEvents: readonly number[];
  readonly writers: readonly number[];
  readonly planComments: readonly number[];
  readonly programmeActivities: readonly number[];
}

/** The soak (scenarios/soak.ts): a council day's people and open tabs. */
export interface SoakSize {
  readonly people: number;
  readonly subscriptions: number;
  /** Operations a second offered by everyone together: busy, not saturating, two cores shared with PostgreSQL and the load. */
  readonly ratePerSecond: number;
  readonly reconnectEverySeconds: number;
  readonly intervalSeconds: number;
  /** Seconds without --soak-minutes; null: 10 minutes, and the soak runs only with --only soak. */
  readonly defaultSeconds: number | null;
}

/** What the scenarios do at the sizes that are measured (as opposed to smoke). */
const FULL_LOAD = {
  boardProjects: 20,
  missedEvents: 10_000,
  boardReads: 300,
  searches: 1_000,
  writers: 32,
  updatesPerWriter: 50,
  subscriberCounts: [1_000, 3_000, 10_000],
  planSections: 50,
  planComments: 2_000,
  planReads: 300,
  webBoardLoads: 20,
  npmStart: true,
  soak: { people: 200, subscriptions: 2_000, ratePerSecond: 20, reconnectEverySeconds: 300, intervalSeconds: 60, defaultSeconds: null },
  twoProcessSubscriberCounts: [1_000, 10_000],
} as const;

// 100, 1,000 and 5,000 tasks on the board's page; plans of 500 to 8,000 comments (8,500 more in all, taken from the other partnerships' plans).
const FULL_CURVES = { boardTasksPerProject: [5, 50, 250], missedEvents: [1_000, 10_000, 100_000], writers: [1, 8, 32], planComments: [500, 2_000, 8_000] } as const;

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
    subscriberCounts: [10, 20],
    planSections: 5,
    planComments: 40,
    comments: 60,
    planReads: 5,
    programmeActivities: 300,
    reportReads: 5,
    webBoardLoads: 5,
    npmStart: false,
    // A few seconds, in three intervals: proves the soak runs and checks its deliveries.
    soak: { people: 6, subscriptions: 24, ratePerSecond: 6, reconnectEverySeconds: 10, intervalSeconds: 2, defaultSeconds: 6 },
    twoProcessSubscriberCounts: [20],
    curves: { boardTasksPerProject: [2, 8], missedEvents: [50, 200], writers: [1, 4], planComments: [10, 40], programmeActivities: [30, 300] },
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
    curves: { ...FULL_CURVES, programmeActivities: [500, 1_500, 5_000] },
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
    // 11,000 activities more, about a tenth of the generation's activities.
    curves: { ...FULL_CURVES, programmeActivities: [1_000, 10_000, 100_000] },
  },
};
