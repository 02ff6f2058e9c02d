import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@wspolnie/platform-graphql';

/** A GraphQL schema needs one query: for test apps of libraries that have none of their own. */
@Resolver()
export class ProbeResolver {
  @Public()
  @Query(() => String)
  ping() {
    return 'pong';
  }
}
