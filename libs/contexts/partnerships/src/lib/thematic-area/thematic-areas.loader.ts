import { Injectable } from '@nestjs/common';
import { groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import type { ThematicArea } from './thematic-area.entity';
import { ThematicAreasService } from './thematic-areas.service';

/** Thematic areas of the partnerships on a page, in one statement per request. */
@Injectable()
export class ThematicAreasLoader {
  constructor(private readonly areas: ThematicAreasService) {}

  async load(context: RequestContext, partnershipId: string): Promise<ThematicArea[]> {
    const links = await context.loaders
      .get<string, { partnershipId: string; area: ThematicArea }[]>(this, async (ids) =>
        groupByKey(ids, await this.areas.areasOf(ids), (link) => link.partnershipId),
      )
      .load(partnershipId);
    return links.map((link) => link.area);
  }
}
