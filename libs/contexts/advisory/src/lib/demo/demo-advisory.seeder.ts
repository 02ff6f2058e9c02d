import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@wspolnie/identity';
import { DEMO_PASSWORD } from '@wspolnie/partnerships';
import type { DemoSeeder } from '@wspolnie/platform-database';
import type { Actor } from '@wspolnie/platform-graphql';
import { ActivityStatus } from '../activity/activity-enums';
import { EngagementsService } from '../engagement/engagements.service';
import { ProgrammePeopleService } from '../programme/programme-people.service';
import { ProgrammeRole, TopicKind } from '../programme/programme-enums';
import type { ProgrammeTopic } from '../programme/programme-topic.entity';
import { Programme } from '../programme/programme.entity';
import type { CreateProgrammeInput } from '../programme/programme.inputs';
import { ProgrammesService } from '../programme/programmes.service';
import { CWD, DEMO_ADVISORY_PEOPLE, LOCAL_DEVELOPMENT, REVITALISATION, REVITALISATION_MODULES, URBAN_POLICY } from './demo-advisory.data';
import { type DemoPlace, DemoSupportWriter } from './demo-support.writer';

const DEMO_SLUG = 'aglomeracja-beskidzka-6';

/**
 * The advisory demo, written through the services as its people would: the platform
 * administrator creates four programmes (their details invented where the sources say nothing:
 * each is marked illustrative), the CWD advisor supports the demo partnership and turns two
 * follow-ups into tasks, the zachodniopomorskie consultant records the team's four two-day
 * meetings of 2020, and the Forum's upcoming seminar takes registrations.
 */
@Injectable()
export class DemoAdvisorySeeder implements DemoSeeder {
  readonly name = 'advisory';

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly programmes: ProgrammesService,
    private readonly people: ProgrammePeopleService,
    private readonly engagements: EngagementsService,
    private readonly support: DemoSupportWriter,
    private readonly accounts: AccountsService,
  ) {}

  hasData(): Promise<boolean> {
    return this.txHost.tx.getRepository(Programme).exists();
  }

  async seed(): Promise<void> {
    const [partnership] = await this.txHost.tx.query(`SELECT id FROM partnership WHERE slug = $1`, [DEMO_SLUG]);
    if (!partnership) throw new Error('the advisory demo needs the demo partnership, seeded before it');
    const projects: { id: string; title: string }[] = await this.txHost.tx.query(`SELECT id, title FROM project WHERE partnership_id = $1`, [partnership.id]);
    const admin = await this.actorOf(DEMO_ADVISORY_PEOPLE.admin.email);
    const advisor = await this.actorOf(DEMO_ADVISORY_PEOPLE.advisor.email);
    const manager = await this.newPerson(DEMO_ADVISORY_PEOPLE.manager);
    const west = await this.newPerson(DEMO_ADVISORY_PEOPLE.westConsultant);
    const managerEmail = DEMO_ADVISORY_PEOPLE.manager.email;

    // Pilotaż CWD: the advisor supports the demo partnership from its forming to its strategy.
    const cwd = await this.programme(admin, { ...CWD, modules: [], teams: [], managerEmail });
    await this.people.grant(manager, { programmeId: cwd.programme.id, email: DEMO_ADVISORY_PEOPLE.advisor.email, role: ProgrammeRole.CONSULTANT, teamId: null });
    const engagement = await this.engagements.create(advisor, {
      programmeId: cwd.programme.id,
      partnershipId: partnership.id,
      gminaTercs: [],
      consultantIds: [advisor.userId],
      ...CWD.engagement,
    });
    const projectIds = new Map(projects.map((project) => [project.title, project.id]));
    for (const demo of CWD.activities) {
      const activity = await this.support.record(advisor, { ...cwd.place, engagementId: engagement.id }, demo);
      await this.support.turnIntoTasks(advisor, activity.id, demo, projectIds);
    }

    // Regiony Rewitalizacji: the zachodniopomorskie team's four two-day meetings on module 1.
    const revitalisation = await this.programme(admin, { ...REVITALISATION, modules: [...REVITALISATION_MODULES], additionalTopics: [], managerEmail });
    const [westTeam, eastTeam] = REVITALISATION.teams.map((team) => revitalisation.teams.get(team.name) ?? null);
    await this.people.grant(manager, { programmeId: revitalisation.programme.id, email: DEMO_ADVISORY_PEOPLE.westConsultant.email, role: ProgrammeRole.CONSULTANT, teamId: westTeam });
    for (const demo of REVITALISATION.westMeetings) await this.support.record(west, { ...revitalisation.place, teamId: westTeam }, demo);
    await this.support.record(manager, { ...revitalisation.place, teamId: eastTeam }, REVITALISATION.eastMeeting);

    // Forum Rozwoju Lokalnego: the 29 towns' seminar of 7 March, planned and open for registration.
    const forum = await this.programme(admin, { ...LOCAL_DEVELOPMENT, modules: [], teams: [], managerEmail });
    const seminar = await this.support.record(manager, forum.place, LOCAL_DEVELOPMENT.seminar, ActivityStatus.DRAFT);
    await this.support.register(manager, seminar.id, LOCAL_DEVELOPMENT.capacity, new Date(LOCAL_DEVELOPMENT.closesAt), LOCAL_DEVELOPMENT.registrations);

    // The 2023–2029 urban-policy project: its value and EU contribution are published, its name is not.
    await this.programme(admin, { ...URBAN_POLICY, modules: [], additionalTopics: [], teams: [], managerEmail });
  }

  /** A programme created by the administrator, marked illustrative, with its topics and teams by name. */
  private async programme(admin: Actor, input: CreateProgrammeInput) {
    const programme = await this.programmes.create(admin, input);
    await this.txHost.tx.getRepository(Programme).update({ id: programme.id }, { illustrative: true });
    const topics: ProgrammeTopic[] = await this.programmes.topicsOf([programme.id]);
    const teams = new Map((await this.programmes.teamsOf([programme.id])).map((team) => [team.name, team.id]));
    const place: DemoPlace = {
      programmeId: programme.id,
      topicIds: new Map(topics.map((topic) => [topic.name, topic.id])),
      moduleIds: topics.filter((topic) => topic.kind === TopicKind.MODULE).map((topic) => topic.id),
    };
    return { programme, teams, place };
  }

  private async actorOf(email: string): Promise<Actor> {
    const account = await this.accounts.findByEmail(email);
    if (!account) throw new Error(`the advisory demo needs ${email}, seeded before it`);
    return { userId: account.id, isPlatformAdmin: account.isPlatformAdmin };
  }

  private async newPerson(person: { email: string; displayName: string }): Promise<Actor> {
    const account = await this.accounts.create({ ...person, password: DEMO_PASSWORD });
    return { userId: account.id, isPlatformAdmin: false };
  }
}
