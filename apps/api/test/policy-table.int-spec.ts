import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AccessRegistry, policyTableMarkdown } from '@wspolnie/identity';
import { ACCESS_RULE, type AccessRule, accessRuleOf } from '@wspolnie/platform-graphql';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { isObjectType } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';

const README = join(__dirname, '..', '..', '..', 'README.md');
const START = '<!-- policy table: written by apps/api/test/policy-table.int-spec.ts (npm run schema) -->';
const END = '<!-- end of policy table -->';

describe('the policy table', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  it('is in the README exactly as the contexts compose it, with the operations and HTTP routes that declare each action (`npm run schema` rewrites it)', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const declaredBy = new Map<string, string[]>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const rule = accessRuleOf(field);
        if (rule?.kind !== 'action') continue;
        const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type);
        declaredBy.set(rule.action, [...(declaredBy.get(rule.action) ?? []), root ? field.name : `${type.name}.${field.name}`].sort());
      }
    }
    // HTTP routes declare actions too (downloads): "GET /plans/:planId/comments.csv".
    const discovery = new DiscoveryService(api.app.get(ModulesContainer));
    for (const controller of discovery.getControllers()) {
      const instance = controller.instance as Record<string, unknown> | undefined;
      if (!instance || !controller.metatype) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller.metatype) ?? '');
      for (const name of new MetadataScanner().getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = instance[name] as object;
        const rule = Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined;
        if (rule?.kind !== 'action') continue;
        const route = `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod]} /${[prefix, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter(Boolean).join('/')}`;
        declaredBy.set(rule.action, [...(declaredBy.get(rule.action) ?? []), route].sort());
      }
    }
    const table = policyTableMarkdown(api.app.get(AccessRegistry).rows(), api.app.get(AccessRegistry).roles(), declaredBy);
    const readme = readFileSync(README, 'utf8');
    const [before, rest] = readme.split(START);
    if (rest === undefined) throw new Error(`the README has no "${START}" line`);
    const after = rest.slice(rest.indexOf(END));
    const written = `${before}${START}\n${table}\n${after}`;
    if (process.env['UPDATE_SCHEMA']) writeFileSync(README, written);
    expect(readFileSync(README, 'utf8')).toBe(written);
  });
});
