import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Actor } from '@wspolnie/platform-graphql';
import { MailOutbox } from '@wspolnie/platform-mail';
import { ActivitiesService } from '../activity/activities.service';
import { ActivityStatus } from '../activity/activity-enums';
import { ActivityFollowUp } from '../activity/activity-parts.entity';
import { Activity } from '../activity/activity.entity';
import type { CreateActivityInput } from '../activity/activity.inputs';
import { FollowUpsService } from '../activity/follow-ups.service';
import { PublicRegistrationService } from '../registration/public-registration.service';
import { RegistrationsService } from '../registration/registrations.service';
import type { DemoActivity } from './demo-advisory.data';

/** Where a demo activity is recorded, and how its module or topic names are found. */
export interface DemoPlace {
  readonly programmeId: string;
  readonly teamId?: string | null;
  readonly engagementId?: string | null;
  readonly topicIds: ReadonlyMap<string, string>;
  readonly moduleIds: readonly string[];
}

/**
 * Records the demo's support through the services a consultant's requests reach: activities,
 * follow-ups turned into tasks, registrations made and confirmed through the e-mailed link as
 * a registrant would. Every activity it writes is marked illustrative (its details are invented).
 */
@Injectable()
export class DemoSupportWriter {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly activities: ActivitiesService,
    private readonly followUps: FollowUpsService,
    private readonly registrations: RegistrationsService,
    private readonly publicRegistrations: PublicRegistrationService,
    private readonly outbox: MailOutbox,
  ) {}

  async record(actor: Actor, where: DemoPlace, demo: DemoActivity, status = ActivityStatus.RECORDED): Promise<Activity> {
    const topicId = demo.module ? where.moduleIds[demo.module - 1] : demo.topic ? where.topicIds.get(demo.topic) : null;
    if ((demo.module || demo.topic) && !topicId) throw new Error(`the demo programme has no module or topic for „${demo.title}”`);
    const input: CreateActivityInput = {
      programmeId: where.programmeId,
      teamId: where.engagementId ? undefined : (where.teamId ?? null),
      engagementId: where.engagementId ?? null,
      kind: demo.kind,
      title: demo.title,
      heldOn: demo.heldOn,
      startsAt: demo.startsAt ?? null,
      durationMinutes: demo.durationMinutes,
      format: demo.format,
      place: demo.place ?? null,
      link: demo.link ?? null,
      topicId: topicId ?? null,
      thematicAreaIds: [],
      gminas: Object.entries(demo.gminas).map(([terc, participants]) => ({ terc, participants })),
      participants: [],
      outcome: demo.outcome,
      followUps: (demo.followUps ?? []).map((followUp) => followUp.description),
      status,
    };
    const activity = await this.activities.create(actor, input);
    await this.txHost.tx.getRepository(Activity).update({ id: activity.id }, { illustrative: true });
    return activity;
  }

  /** Turns the activity's follow-ups that name a demo project into tasks on that project's board. */
  async turnIntoTasks(actor: Actor, activityId: string, demo: DemoActivity, projectIds: ReadonlyMap<string, string>): Promise<void> {
    const written = await this.txHost.tx.getRepository(ActivityFollowUp).findBy({ activityId });
    for (const followUp of demo.followUps ?? []) {
      if (!followUp.projectTitle) continue;
      const projectId = projectIds.get(followUp.projectTitle);
      const row = written.find((candidate) => candidate.description === followUp.description);
      if (!projectId || !row) throw new Error(`the demo follow-up „${followUp.description}” has no project or row`);
      await this.followUps.turnIntoTask(actor, { followUpId: row.id, projectId });
    }
  }

  /** Opens registration and registers people by e-mail, each confirming with the link they were sent. */
  async register(actor: Actor, activityId: string, capacity: number, closesAt: Date, people: readonly { name: string; email: string; gminaTerc: string }[]): Promise<void> {
    await this.registrations.open(actor, { activityId, capacity, closesAt });
    for (const registrant of people) {
      await this.publicRegistrations.register({ activityId, joinWaitingList: false, ...registrant }, 'demo seed');
      const [mail] = await this.outbox.recent(1, registrant.email);
      const token = /#token=([\w-]+)/.exec(mail?.body ?? '')?.[1];
      if (!token) throw new Error(`no confirmation link reached ${registrant.email}`);
      await this.publicRegistrations.confirm({ token });
    }
  }
}
