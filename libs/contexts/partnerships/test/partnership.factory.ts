import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { identityMigrations, IdentityModule } from '@wspolnie/identity';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp, tokenFromMail } from '@wspolnie/platform-testing';
import { partnershipsMigrations, PartnershipsModule } from '../src';
import { signedInPerson } from './people.factory';

let sequence = 0;

export const PARTNERSHIP_FIELDS = `
  id slug name description hostOrganisation programme stage version
  members { role joinedOn gmina { terc name } }
  leader { gmina { name } }
  thematicAreas { code namePl }`;

export const CREATE = `
  mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;

/**
 * Creates a partnership through the API as a platform administrator would (unique slug per
 * call); the first coordinator, when given, accepts the e-mailed invitation.
 */
export async function createPartnership(admin: GraphqlClient, input: Record<string, unknown> = {}, coordinator?: { api: TestApp; client: GraphqlClient; email: string }) {
  sequence += 1;
  const result = await admin.gql(CREATE, {
    input: { name: `Partnerstwo testowe ${sequence}`, slug: `test-${sequence}-${Date.now().toString(36)}`, ...(coordinator ? { firstCoordinatorEmail: coordinator.email } : {}), ...input },
  });
  if (!result.data) throw new Error(`createPartnership failed: ${JSON.stringify(result.errors)}`);
  if (coordinator) {
    const accepted = await coordinator.client.gql(`mutation ($t: String!) { acceptInvitation(token: $t) { role } }`, { t: await tokenFromMail(coordinator.api, coordinator.email) });
    if (accepted.errors) throw new Error(`accepting the coordinator's invitation failed: ${JSON.stringify(accepted.errors)}`);
  }
  return result.data['createPartnership'];
}

/** Ids of standard thematic areas by code. */
export async function standardAreaIds(api: TestApp): Promise<Record<string, string>> {
  const result = await api.gql(`{ thematicAreas { id code } }`);
  return Object.fromEntries(result.data!['thematicAreas'].map((area: { id: string; code: string }) => [area.code, area.id]));
}

/** Row counts of the partnership tables: what a failed mutation must leave unchanged. */
export async function tableCounts(api: TestApp): Promise<Record<string, number>> {
  const [row] = await api.dataSource.query(`
    SELECT (SELECT count(*) FROM partnership)::int AS partnerships,
           (SELECT count(*) FROM partnership_member)::int AS members,
           (SELECT count(*) FROM thematic_area)::int AS areas,
           (SELECT count(*) FROM partnership_thematic_area)::int AS links,
           (SELECT coalesce(sum(version), 0) FROM partnership)::int AS versions`);
  return row;
}

export interface PartnershipsApp {
  readonly api: TestApp;
  readonly areas: Record<string, string>;
  readonly admin: GraphqlClient;
  /** Signed in, with no role until `create` makes them a partnership's coordinator. */
  readonly coordinator: GraphqlClient;
  /** A partnership the coordinator coordinates. */
  create(input?: Record<string, unknown>): ReturnType<typeof createPartnership>;
}

/** The partnerships context with what it stands on (gminas, identity), on a fresh database. */
export async function startPartnershipsApp(): Promise<PartnershipsApp> {
  const api = await createTestApp({
    imports: [GminasModule, IdentityModule, PartnershipsModule],
    migrations: [...realtimeMigrations, ...mailMigrations, ...gminasMigrations, ...partnershipsMigrations, ...identityMigrations],
  });
  const areas = await standardAreaIds(api);
  const admin = (await signedInPerson(api, { admin: true })).client;
  const person = await signedInPerson(api);
  return { api, areas, admin, coordinator: person.client, create: (input = {}) => createPartnership(admin, input, { api, client: person.client, email: person.email }) };
}
