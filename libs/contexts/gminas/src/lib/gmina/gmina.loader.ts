import { Injectable } from '@nestjs/common';
import { alignByKey, type RequestContext } from '@wspolnie/platform-graphql';
import type { Gmina } from './gmina.entity';
import { GminasService } from './gminas.service';

/** Gminas by id, batched per request: other contexts resolve their gmina fields through it. */
@Injectable()
export class GminaLoader {
  constructor(private readonly gminas: GminasService) {}

  load(context: RequestContext, id: string): Promise<Gmina | null> {
    return context.loaders
      .get<string, Gmina | null>(this, async (ids) => alignByKey(ids, await this.gminas.findByIds(ids), (gmina) => gmina.id))
      .load(id);
  }
}
