import { Extensions } from '@nestjs/graphql';
import { type FieldNode, type GraphQLResolveInfo, type GraphQLSchema, isObjectType, Kind, type SelectionSetNode } from 'graphql';

const EXTENSION = 'preloadable';

/**
 * Marks a field resolver whose value a parent's loader may already have fetched (e.g. a
 * task's assignee, loaded with the board's tasks). When it has, graphql-js reads the value
 * directly: no resolver wrapper and no promise per row, which on a 1,000-task board is most
 * of the cost of the field. Without a preloaded value the resolver runs as usual.
 */
export const Preloadable = () => Extensions({ [EXTENSION]: true });

/** Values fetched ahead of their field resolvers during one request, by parent object. */
export class PreloadedFields {
  private readonly values = new WeakMap<object, Map<string, unknown>>();

  set(parent: object, field: string, value: unknown): void {
    let fields = this.values.get(parent);
    if (!fields) this.values.set(parent, (fields = new Map()));
    fields.set(field, value);
  }

  lookup(parent: unknown, field: string): { value: unknown } | undefined {
    const fields = typeof parent === 'object' && parent !== null ? this.values.get(parent) : undefined;
    return fields?.has(field) ? { value: fields.get(field) } : undefined;
  }
}

/** Lets every @Preloadable() field answer a preloaded value before its own resolver. */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (field.extensions[EXTENSION] !== true || !resolve) continue;
      field.resolve = (source, args, context: { preloaded?: PreloadedFields } | undefined, info) => {
        const preloaded = context?.preloaded?.lookup(source, info.fieldName);
        return preloaded ? preloaded.value : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * The names of the fields the field being resolved selects on its value, or with `path` on a
 * field of it (`selectedFields(info, 'assignee')`), directly or through fragments whatever
 * their type condition: what a read path needs to fetch for this answer.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  const collect = (selectionSets: readonly (SelectionSetNode | undefined)[], into: (field: FieldNode) => void) => {
    const visit = (selectionSet: SelectionSetNode | undefined): void => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) into(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    selectionSets.forEach(visit);
  };
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    const next: (SelectionSetNode | undefined)[] = [];
    collect(sets, (field) => {
      if (field.name.value === name) next.push(field.selectionSet);
    });
    sets = next;
  }
  const names = new Set<string>();
  collect(sets, (field) => names.add(field.name.value));
  return names;
}

/** Whether the field being resolved selects `name` (directly or through fragments). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
