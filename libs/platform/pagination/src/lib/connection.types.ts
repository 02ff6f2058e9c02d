import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { withMessage } from '@wspolnie/platform-graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { paginationMessage } from './pagination-messages';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page of a connection sits (Relay cursor connections).' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field({ description: 'True when the page was asked for `after` a cursor.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE}.` })
  @Min(0, withMessage(paginationMessage('first', { field: 'first', max: MAX_PAGE_SIZE })))
  @Max(MAX_PAGE_SIZE, withMessage(paginationMessage('first', { field: 'first', max: MAX_PAGE_SIZE })))
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString(withMessage(errorMessage('cursor', { field: 'after' })))
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** May be a lazily computed promise: counting costs a query a client may not want. */
  totalCount: number | Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T>(nodeType: Type<T>, name: string = nodeType.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field({ description: 'Opaque; pass it as `after` to continue after this node.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'All nodes matching the filter, across pages.' })
    totalCount: number | Promise<number>;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** A connection with nothing in it, answered without asking the database. */
export function emptyConnection<T>(): ConnectionShape<T> {
  return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
}
