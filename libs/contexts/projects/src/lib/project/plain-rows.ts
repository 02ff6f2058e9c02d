import type { EntityMetadata } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * How each column type reads into the value TypeORM's entity would hold: most as pg gives them
 * (numeric stays an exact string, timestamptz a Date), a date as its ISO text.
 */
const READ_AS: Record<string, (expression: string) => string> = {
  uuid: (expression) => expression,
  text: (expression) => expression,
  enum: (expression) => expression,
  integer: (expression) => expression,
  boolean: (expression) => expression,
  numeric: (expression) => expression,
  timestamptz: (expression) => expression,
  jsonb: (expression) => expression,
  date: (expression) => `${expression}::text`,
};

/** Small columns read always: field resolvers and access checks find their way by them. */
const ALWAYS = new Set(['uuid', 'enum', 'integer', 'boolean']);

function typeOf(column: ColumnMetadata): string {
  return typeof column.type === 'string' ? column.type : column.type.name.toLowerCase();
}

/**
 * A read path's columns of one entity, for rows turned into plain objects instead of entities:
 * the properties a query asks for and the small ones, each under its property's name (with a
 * prefix for a joined entity). Skips what a board of a thousand rows pays for nothing: hydrating
 * entities, and text and timestamps no one asked for. A column type it does not know is refused
 * when the read is built, so a new one cannot silently read differently from its entity.
 */
export class PlainColumns<T> {
  private readonly columns: readonly ColumnMetadata[];

  constructor(
    metadata: EntityMetadata,
    private readonly alias: string,
    wanted: ReadonlySet<string>,
    private readonly prefix = '',
  ) {
    this.columns = metadata.columns.filter((column) => {
      // A relation's own join column (task.project) is read through its explicit property (projectId).
      if (column.relationMetadata && column.relationMetadata.propertyName === column.propertyName) return false;
      const type = typeOf(column);
      if (!READ_AS[type] || column.transformer) throw new Error(`${metadata.name}.${column.propertyName}: a ${type} column cannot be read as a plain row`);
      return column.isPrimary || ALWAYS.has(type) || wanted.has(column.propertyName);
    });
  }

  /** The select list, `alias.column AS "prefix" || property`. */
  get select(): string {
    return this.columns.map((column) => `${READ_AS[typeOf(column)](`${this.alias}.${column.databaseName}`)} AS "${this.prefix}${column.propertyName}"`).join(', ');
  }

  /** The entity's properties from a prefixed row: null when its primary key is (a LEFT JOIN that found none). */
  take(row: Record<string, unknown>): T | null {
    const value: Record<string, unknown> = {};
    for (const column of this.columns) value[column.propertyName] = row[`${this.prefix}${column.propertyName}`];
    return this.columns.some((column) => column.isPrimary && value[column.propertyName] == null) ? null : (value as T);
  }
}
