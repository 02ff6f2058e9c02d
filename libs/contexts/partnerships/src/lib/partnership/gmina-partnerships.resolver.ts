import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina } from '@wspolnie/gminas';
import { groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { Partnership } from './partnership.entity';
import { PartnershipsService } from './partnerships.service';

/** Adds Gmina.partnerships: the partnerships context owns this edge, the register knows nothing of it. */
@Resolver(() => Gmina)
export class GminaPartnershipsResolver {
  constructor(private readonly service: PartnershipsService) {}

  @ResolveField(() => [Partnership], { description: 'Partnerships the gmina belongs to that you take part in, by name.' })
  partnerships(@Parent() gmina: Gmina, @Context() context: RequestContext): Promise<Partnership[]> {
    return context.loaders
      .get<string, { gminaId: string; partnership: Partnership }[]>(this, async (gminaIds) =>
        groupByKey(gminaIds, await this.service.ofGminas(context.actor, gminaIds), (row) => row.gminaId),
      )
      .load(gmina.id)
      .then((rows) => rows.map((row) => row.partnership));
  }
}
