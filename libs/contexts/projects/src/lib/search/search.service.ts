import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Project } from '../project/project.entity';
import { Task } from '../task/task.entity';
import { highlightOf, type SearchQuery, searchQueryOf } from './search-query';

export enum SearchHitKind {
  PROJECT = 'PROJECT',
  TASK = 'TASK',
}

export interface SearchHitShape {
  readonly kind: SearchHitKind;
  readonly rank: number;
  readonly project: Project;
  readonly task: Task | null;
  readonly highlight: string;
}

export interface SearchRequest {
  readonly partnershipId: string;
  readonly text: string;
  readonly first: number;
  readonly includeArchived: boolean;
}

/** The document a row is found by; the same expression as the GIN index (migration 298). */
const DOCUMENT = {
  project: `search_fold(project.title || ' ' || project.summary)`,
  task: `search_fold(task.title || ' ' || task.description)`,
} as const;

/** LIKE's pattern for the `index`th word: anywhere in the folded text. */
function pattern(index: number): string {
  return `('%' || search_fold(:word${index}) || '%')`;
}

/**
 * Whether `document` holds the `index`th word. A word of one or two letters has no trigram, and
 * the GIN index would answer LIKE '%w%' by reading all of itself (every partnership's rows); strpos
 * is no operator of the index, so such a word only filters the rows the other conditions found.
 */
function containsWord(document: string, word: string, index: number): string {
  return Array.from(word).length >= 3 ? `${document} LIKE ${pattern(index)}` : `strpos(${document}, search_fold(:word${index})) > 0`;
}

/**
 * How well a title answers the search, as one number: the whole title is the phrase (3), it
 * starts with the phrase (2), it holds every word (1), only the text does (0); plus the title's
 * trigram similarity to the phrase, below 1, to order within a tier.
 */
function rankOf(alias: 'project' | 'task', query: SearchQuery): string {
  const title = `search_fold(${alias}.title)`;
  const words = `btrim(regexp_replace(${title}, '[^[:alnum:]]+', ' ', 'g'))`;
  const inTitle = query.words.map((_, index) => `${title} LIKE ${pattern(index)}`).join(' AND ');
  return `(CASE WHEN ${words} = search_fold(:phrase) THEN 3 WHEN ${words} LIKE search_fold(:phrase) || '%' THEN 2 WHEN ${inTitle} THEN 1 ELSE 0 END
           + 0.99 * similarity(${title}, search_fold(:phrase)))::float8`;
}

/**
 * Search within one partnership over project titles and summaries and task titles and
 * descriptions, ignoring case and diacritics. PostgreSQL does the matching and the ranking:
 * every word must be a substring of the folded document (pg_trgm's GIN index answers LIKE
 * '%word%'), and the best `first` projects and the best `first` tasks are read in two
 * statements, the tasks with their projects; the two lists are merged here.
 */
@Injectable()
export class SearchService {
  // Ties between a project and a task are broken here as SQL breaks them: Polish order, then the id's bytes.
  private readonly collator = new Intl.Collator('pl');

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async search(request: SearchRequest): Promise<SearchHitShape[]> {
    const query = searchQueryOf(request.text, request.first);
    const projects = this.txHost.tx.getRepository(Project).createQueryBuilder('project');
    this.matching(projects, 'project', request, query);
    if (!request.includeArchived) projects.andWhere('project.archived_at IS NULL');
    const tasks = this.txHost.tx.getRepository(Task).createQueryBuilder('task').innerJoinAndSelect('task.project', 'project');
    this.matching(tasks, 'task', request, query);
    if (!request.includeArchived) tasks.andWhere('task.archived_at IS NULL AND project.archived_at IS NULL');
    const [projectRows, taskRows] = await Promise.all([this.ranked(projects, 'project', query, request.first), this.ranked(tasks, 'task', query, request.first)]);
    const hits: SearchHitShape[] = [
      ...projectRows.map(({ entity, rank }) => ({ kind: SearchHitKind.PROJECT, rank, project: entity, task: null, highlight: highlightOf(entity.title, entity.summary, query) })),
      ...taskRows.map(({ entity, rank }) => ({ kind: SearchHitKind.TASK, rank, project: entity.project as Project, task: entity, highlight: highlightOf(entity.title, entity.description, query) })),
    ];
    return hits.sort((a, b) => b.rank - a.rank || this.collator.compare(titleOf(a), titleOf(b)) || (idOf(a) < idOf(b) ? -1 : 1)).slice(0, request.first);
  }

  private matching<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, alias: 'project' | 'task', request: SearchRequest, query: SearchQuery): void {
    builder.where(`${alias}.partnership_id = :partnershipId`, { partnershipId: request.partnershipId });
    query.words.forEach((word, index) => builder.andWhere(containsWord(DOCUMENT[alias], word, index)));
    // Folded by the database, as the documents are; a word holds no LIKE wildcard (search-query.ts).
    builder.setParameters({ phrase: query.phrase, ...Object.fromEntries(query.words.map((word, index) => [`word${index}`, word])) });
  }

  private async ranked<T extends ObjectLiteral & { id: string }>(builder: SelectQueryBuilder<T>, alias: 'project' | 'task', query: SearchQuery, first: number): Promise<{ entity: T; rank: number }[]> {
    const rank = rankOf(alias, query);
    const { entities, raw } = await builder
      .addSelect(rank, 'search_rank')
      .orderBy(rank, 'DESC')
      .addOrderBy(`${alias}.title COLLATE "pl-x-icu"`)
      .addOrderBy(`${alias}.id`)
      .limit(first)
      .getRawAndEntities();
    const rankById = new Map(raw.map((row: Record<string, unknown>) => [row[`${alias}_id`] as string, Number(row['search_rank'])]));
    return entities.map((entity) => ({ entity, rank: rankById.get(entity.id) ?? 0 }));
  }
}

function titleOf(hit: SearchHitShape): string {
  return hit.task?.title ?? hit.project.title;
}

function idOf(hit: SearchHitShape): string {
  return hit.task?.id ?? hit.project.id;
}
