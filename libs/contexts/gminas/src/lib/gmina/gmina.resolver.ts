import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@wspolnie/platform-graphql';
import { Connection } from '@wspolnie/platform-pagination';
import { Gmina } from './gmina.entity';
import { GminasArgs } from './gminas.args';
import { GminasService } from './gminas.service';
import { Voivodeship } from './voivodeship.entity';

@ObjectType()
export class GminaConnection extends Connection(Gmina) {}

@Resolver(() => Gmina)
export class GminaResolver {
  constructor(private readonly service: GminasService) {}

  @Public()
  @Query(() => GminaConnection, {
    description: 'The public register of gminas, ordered by name (Polish collation); with a search, the exact name first, then names starting with it, then names with a later word starting with it.',
  })
  gminas(@Args() args: GminasArgs) {
    return this.service.list(args);
  }

  @Public()
  @Query(() => Gmina, { description: 'One gmina by its seven-digit TERC code.' })
  gmina(@Args('terc') terc: string) {
    return this.service.getByTerc(terc);
  }

  @Public()
  @Query(() => [Voivodeship], { description: 'The 16 voivodeships.' })
  voivodeships() {
    return this.service.voivodeships();
  }
}
