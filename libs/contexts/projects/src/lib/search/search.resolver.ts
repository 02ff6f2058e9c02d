import { Args, ArgsType, Field, Float, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Can, UuidScalar } from '@wspolnie/platform-graphql';
import { Allow } from 'class-validator';
import { Project } from '../project/project.entity';
import { Task } from '../task/task.entity';
import { LONGEST_SEARCH, MOST_HITS } from './search-query';
import { SearchHitKind, type SearchHitShape, SearchService } from './search.service';

registerEnumType(SearchHitKind, { name: 'SearchHitKind', description: 'PROJECT: a project matched (title or summary); TASK: a task matched (title or description).' });

@ObjectType({ description: 'One thing a partnership search found, best first.' })
export class SearchHit implements SearchHitShape {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => Float, { description: 'Higher is better: 3 and more the whole title is the search, 2 the title starts with it, 1 the title has every word, below 1 only the text has them.' })
  rank: number;

  @Field(() => Project, { description: 'The project found, or the project of the task found.' })
  project: Project;

  @Field(() => Task, { nullable: true })
  task: Task | null;

  @Field({ description: 'The title when it holds every word, otherwise the part of the summary or description that matched.' })
  highlight: string;
}

@ArgsType()
export class SearchArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field({ description: `Words to find (1 to ${LONGEST_SEARCH} characters), each anywhere in a title or text; case and Polish diacritics are ignored ("zlobek" finds "żłobek").` })
  @Allow() // checked by the search, with its own messages
  text: string;

  @Field(() => Int, { defaultValue: 20, description: `How many hits, 1 to ${MOST_HITS}.` })
  @Allow()
  first = 20;

  @Field(() => Boolean, { defaultValue: false, description: 'Also archived projects and tasks (and the tasks of archived projects).' })
  @Allow()
  includeArchived = false;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Can('project.read', { partnership: 'partnershipId' })
  @Query(() => [SearchHit], { description: 'Projects and tasks of a partnership matching every word, best first (the whole title, its start, words in it, then words in the text; ties by title).' })
  search(@Args() args: SearchArgs): Promise<SearchHitShape[]> {
    return this.service.search(args);
  }
}
