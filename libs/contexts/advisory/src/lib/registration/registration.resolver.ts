import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Authenticated, Can, groupByKey, Public, type RequestContext, UuidScalar } from '@wspolnie/platform-graphql';
import { Activity } from '../activity/activity.entity';
import { PublicRegistrationService } from './public-registration.service';
import { ActivityRegistration, RegistrationStatus } from './registration.entity';
import {
  ActivityRegistrationTarget,
  CancelRegistrationInput,
  ConfirmRegistrationInput,
  OpenActivityRegistrationInput,
  RegisterForActivityInput,
  RegisterPubliclyInput,
} from './registration.inputs';
import { PublicRegistrationReceipt, RegistrationOffer } from './registration.types';
import { RegistrationsService } from './registrations.service';

@Resolver()
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly publicRegistrations: PublicRegistrationService,
  ) {}

  @Can('support.record', { activity: 'input.activityId' })
  @Mutation(() => Activity, { description: 'Seminars, conferences and educational meetings only. Again on an open one: changes its capacity and deadline.' })
  openActivityRegistration(@Args('input') input: OpenActivityRegistrationInput, @CurrentActor() actor: Actor) {
    return this.registrations.open(actor, input);
  }

  @Can('support.record', { activity: 'input.activityId' })
  @Mutation(() => Activity, { description: 'Stops taking registrations now; confirmed and waitlisted ones stand.' })
  closeActivityRegistration(@Args('input') input: ActivityRegistrationTarget, @CurrentActor() actor: Actor) {
    return this.registrations.close(actor, input.activityId);
  }

  @Public()
  @Query(() => RegistrationOffer, { description: 'An activity open for registration, as anyone may read it; any other id is NOT_FOUND.' })
  openRegistration(@Args('activityId', { type: () => UuidScalar }) activityId: string) {
    return this.publicRegistrations.offer(activityId);
  }

  @Authenticated()
  @Mutation(() => ActivityRegistration, { description: 'Registers you (your name and e-mail) on behalf of a gmina: CONFIRMED when a seat is free, WAITLISTED when full and joinWaitingList.' })
  registerForActivity(@Args('input') input: RegisterForActivityInput, @CurrentActor() actor: Actor) {
    return this.registrations.register(actor, input);
  }

  @Public()
  @Mutation(() => PublicRegistrationReceipt, { description: 'Registers without an account: a link to confirm goes to the e-mail address; the registration counts once it is opened.' })
  registerPublicly(@Args('input') input: RegisterPubliclyInput, @Context() context: RequestContext) {
    return this.publicRegistrations.register(input, context.req?.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => PublicRegistrationReceipt, { description: 'Confirms with the e-mailed link (once): CONFIRMED when a seat is free, otherwise WAITLISTED.' })
  confirmRegistration(@Args('input') input: ConfirmRegistrationInput) {
    return this.publicRegistrations.confirm(input);
  }

  @Authenticated()
  @Mutation(() => ActivityRegistration, { description: 'Withdraws your registration (made signed in, or by e-mail to your address); the first on the waiting list gets the seat.' })
  cancelMyRegistration(@Args('input') input: ActivityRegistrationTarget, @CurrentActor() actor: Actor) {
    return this.registrations.cancelMine(actor, input.activityId);
  }

  @Can('registration.manage', { activityRegistration: 'input.id' })
  @Mutation(() => ActivityRegistration, { description: "Withdraws someone's registration; the first on the waiting list gets the seat." })
  cancelRegistration(@Args('input') input: CancelRegistrationInput, @CurrentActor() actor: Actor) {
    return this.registrations.cancel(actor, input.id);
  }

  @Can('registration.manage', { activity: 'activityId' })
  @Query(() => [ActivityRegistration], { description: "An activity's registrations in the order they came (the same list as Activity.registrations)." })
  activityRegistrations(
    @Args('activityId', { type: () => UuidScalar }) activityId: string,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status?: RegistrationStatus | null,
  ) {
    return this.registrations.ofActivities([activityId], status ?? null);
  }
}

/** Registration fields of Activity (Nest merges them with the activity folder's resolver). */
@Resolver(() => Activity)
export class ActivityRegistrationFieldsResolver {
  /** One loader per status filter asked for, so each batch is one query. */
  private readonly listKeys = new Map<string, object>();
  private readonly seatsKey = {};

  constructor(private readonly service: RegistrationsService) {}

  @Can('registration.manage', { activity: 'parent.id' })
  @ResolveField(() => [ActivityRegistration], { description: 'In the order they came; only those in `status` when given.' })
  registrations(
    @Parent() activity: Activity,
    @Context() context: RequestContext,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status?: RegistrationStatus | null,
  ): Promise<ActivityRegistration[]> {
    const filter = status ?? null;
    return context.loaders
      .get<string, ActivityRegistration[]>(this.listKey(filter), async (ids) => groupByKey(ids, await this.service.ofActivities(ids, filter), (row) => row.activityId))
      .load(activity.id);
  }

  @ResolveField(() => Int, { description: 'Confirmed registrations.' })
  seatsTaken(@Parent() activity: Activity, @Context() context: RequestContext): Promise<number> {
    return context.loaders.get<string, number>(this.seatsKey, (ids) => this.service.seatsTaken(ids)).load(activity.id);
  }

  private listKey(status: RegistrationStatus | null): object {
    const name = status ?? 'ALL';
    let key = this.listKeys.get(name);
    if (!key) this.listKeys.set(name, (key = {}));
    return key;
  }
}

@Resolver(() => ActivityRegistration)
export class ActivityRegistrationResolver {
  constructor(private readonly gminas: GminaLoader) {}

  @ResolveField(() => Gmina, { description: 'The gmina registered for.' })
  async gmina(@Parent() registration: ActivityRegistration, @Context() context: RequestContext): Promise<Gmina> {
    const gmina = await this.gminas.load(context, registration.gminaId);
    if (!gmina) throw new Error(`gmina ${registration.gminaId} of registration ${registration.id} is missing`);
    return gmina;
  }
}
