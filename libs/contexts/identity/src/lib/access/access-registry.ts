import { Injectable } from '@nestjs/common';
import { render } from '@wspolnie/platform-i18n';
import type { ActionDefinition, ActionTable, GrantSource, ReferenceCheck, ScopeResolver } from './policy';

export interface PolicyRow {
  readonly action: string;
  readonly definition: ActionDefinition;
}

/**
 * The policy table, composed at start from every context's own actions, and what each
 * context's ids stand for (scope resolvers) and may refer to (reference checks). Identity
 * imports no context: contexts register here from their modules, and the table stays one.
 */
@Injectable()
export class AccessRegistry {
  private readonly actions = new Map<string, ActionDefinition>();
  private readonly scopes = new Map<string, ScopeResolver>();
  private readonly references = new Map<string, ReferenceCheck>();
  private readonly sources: GrantSource[] = [];

  define(table: ActionTable): void {
    for (const [action, definition] of Object.entries(table)) {
      if (this.actions.has(action)) throw new Error(`the policy action ${action} is defined twice`);
      this.actions.set(action, definition);
    }
  }

  scope(kind: string, resolver: ScopeResolver): void {
    if (this.scopes.has(kind)) throw new Error(`the scope kind ${kind} is registered twice`);
    this.scopes.set(kind, resolver);
  }

  reference(kind: string, check: ReferenceCheck): void {
    if (this.references.has(kind)) throw new Error(`the reference kind ${kind} is registered twice`);
    this.references.set(kind, check);
  }

  /** Where roles come from (identity's partnership roles first, whichever registers first); no two sources name the same role. */
  grantSource(source: GrantSource): void {
    const taken = source.roles.filter((role) => this.roles().includes(role));
    if (taken.length) throw new Error(`the roles ${taken.join(', ')} are granted by two sources`);
    this.sources.push(source);
    // Modules start in an order of Nest's choosing; the table's columns must not follow it.
    this.sources.sort((a, b) => (a.order ?? 1) - (b.order ?? 1));
  }

  grantSources(): readonly GrantSource[] {
    return this.sources;
  }

  /** Every role of the table, source by source: its columns. */
  roles(): string[] {
    return this.sources.flatMap((source) => source.roles);
  }

  /** The source that grants a role (how it is named, where it is held). */
  sourceOf(role: string): GrantSource {
    const source = this.sources.find((candidate) => candidate.roles.includes(role));
    // Never expected: grants come from the sources that name their roles.
    if (!source) throw new Error(`no grant source names the role ${role}`);
    return source;
  }

  action(action: string): ActionDefinition {
    const definition = this.actions.get(action);
    // Never expected at run time: the API refuses to start with an undefined action.
    if (!definition) throw new Error(`the policy table has no action ${action}`);
    return definition;
  }

  scopeResolver(kind: string): ScopeResolver {
    const resolver = this.scopes.get(kind);
    if (!resolver) throw new Error(`no scope resolver is registered for ${kind}`);
    return resolver;
  }

  referenceCheck(kind: string): ReferenceCheck {
    const check = this.references.get(kind);
    if (!check) throw new Error(`no reference check is registered for ${kind}`);
    return check;
  }

  /** Refuses to start when a declaration names an action the table lacks. */
  assertKnown(declared: readonly string[]): void {
    const unknown = declared.filter((action) => !this.actions.has(action));
    if (unknown.length) throw new Error(`declarations name actions the policy table lacks: ${unknown.join(', ')}`);
  }

  /** Actions no declaration names: nothing would enforce them (the whole product's test keeps this empty). */
  undeclared(declared: readonly string[]): string[] {
    return [...this.actions.keys()].filter((action) => !declared.includes(action));
  }

  /** The whole table, by area (alphabetically), each area's actions in the order its context defined them. */
  rows(): PolicyRow[] {
    return [...this.actions].map(([action, definition]) => ({ action, definition })).sort((a, b) => a.definition.area.localeCompare(b.definition.area));
  }
}

/** The table as markdown (in English), as the README shows it, a column per role; with `declaredBy`, the operations that declare each action. */
export function policyTableMarkdown(rows: readonly PolicyRow[], roles: readonly string[], declaredBy?: ReadonlyMap<string, readonly string[]>): string {
  const header = ['action', ...roles.map((role) => role.toLowerCase().replaceAll('_', ' ')), 'platform admin (no role)', ...(declaredBy ? ['declared by'] : [])];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  let area = '';
  for (const { action, definition } of rows) {
    if (definition.area !== area) {
      area = definition.area;
      lines.push(`| **${area}** |${' |'.repeat(header.length - 1)}`);
    }
    const cells = roles.map((role) => (definition.platformWide ? '' : (definition.roles[role]?.label ?? '')));
    const words = render(definition.words, 'en');
    const what = `${words[0].toUpperCase()}${words.slice(1)} (\`${action}\`)`;
    const operations = declaredBy ? [(declaredBy.get(action) ?? []).map((name) => `\`${name}\``).join(', ')] : [];
    lines.push(`| ${[what, ...cells, definition.platformAdmin?.label ?? '', ...operations].join(' | ')} |`);
  }
  return lines.join('\n');
}
