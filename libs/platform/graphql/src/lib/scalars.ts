import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import type { Message } from '@wspolnie/platform-i18n';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';

/**
 * Scalars refuse bad values with a DomainError (not a GraphQLError), so graphql-js keeps it as
 * the `originalError` of its own error and formatError answers with this message in the
 * caller's language and the field's path.
 */
export function refuse(message: Message): never {
  throw new DomainError(ErrorCode.BadUserInput, message);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function literal(ast: ValueNode): string {
  return ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.ENUM ? ast.value : ast.kind;
}

function asUuid(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) refuse(errorMessage('uuid', { value: String(value).slice(0, 80) }));
  return value.toLowerCase();
}

/** Ids of things Wspólnie stores: checked before any resolver runs, so "123" never reaches SQL. */
export const UuidScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description: 'The id of something stored in Wspólnie, e.g. "3f2c5a0e-8d1b-4c7e-9f10-2b3c4d5e6f70".',
  serialize: (value) => String(value),
  parseValue: asUuid,
  parseLiteral: (ast) => asUuid(ast.kind === Kind.STRING ? ast.value : literal(ast)),
});

/**
 * The dates Wspólnie takes. PostgreSQL would store year 0001 or 9999, but no project,
 * plan or meeting is dated so: such a date is a typing mistake, refused with the range.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;

function withinRange(day: string): void {
  if (day < DATE_RANGE.min || day > DATE_RANGE.max) refuse(errorMessage('dateRange', { value: day, ...DATE_RANGE }));
}

function localDate(value: unknown): string {
  let day: string;
  try {
    day = GraphQLLocalDate.parseValue(value) as string;
  } catch {
    refuse(errorMessage('date', { value: String(value).slice(0, 80) }));
  }
  withinRange(day);
  return day;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day without a zone, "2027-03-31", within DATE_RANGE. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: GraphQLLocalDate.name,
  description: `${GraphQLLocalDate.description ?? 'A calendar day.'} Between ${DATE_RANGE.min} and ${DATE_RANGE.max}.`,
  // Days come from PostgreSQL's date columns as ISO text: one format check is enough for them
  // (graphql-scalars builds a Date per value to check the calendar, a board's worth every read).
  serialize: (value) => (typeof value === 'string' && ISO_DAY.test(value) ? value : (GraphQLLocalDate.serialize(value) as string)),
  parseValue: localDate,
  parseLiteral: (ast) => localDate(ast.kind === Kind.STRING ? ast.value : literal(ast)),
});

function dateTime(value: unknown): Date {
  let moment: Date;
  try {
    moment = GraphQLDateTime.parseValue(value) as Date;
  } catch {
    refuse(errorMessage('dateTime', { value: String(value).slice(0, 80) }));
  }
  withinRange(moment.toISOString().slice(0, 10));
  return moment;
}

/** An instant in RFC 3339, within DATE_RANGE. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: GraphQLDateTime.name,
  description: GraphQLDateTime.description,
  // graphql-scalars hands back a Date (JSON turns it into ISO text); say so in the type.
  serialize: (value) => (GraphQLDateTime.serialize(value) as Date).toISOString(),
  parseValue: dateTime,
  parseLiteral: (ast) => dateTime(ast.kind === Kind.STRING ? ast.value : literal(ast)),
});
