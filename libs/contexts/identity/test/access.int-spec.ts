import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { createTestApp, ProbeResolver, type TestApp } from '@wspolnie/platform-testing';
import { randomUUID } from 'node:crypto';
import { Entity, type MigrationInterface, PrimaryColumn, type QueryRunner } from 'typeorm';
import { AccessService, identityMigrations, PartnershipAccess, PartnershipRole, UserAccount } from '../src';

/** The tables identity's migrations reference, which belong to contexts identity may not import. */
class CreateReferencedTables1795627054000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE gmina (id uuid NOT NULL DEFAULT gen_random_uuid(), CONSTRAINT gmina_pk PRIMARY KEY (id))`);
    await db.query(`CREATE TABLE partnership (id uuid NOT NULL DEFAULT gen_random_uuid(), CONSTRAINT partnership_pk PRIMARY KEY (id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE partnership`);
    await db.query(`DROP TABLE gmina`);
  }
}

// Identity's entities name these by entity (@ForeignKey('Partnership')); stand-ins resolve the names.
@Entity('gmina')
class Gmina {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'gmina_pk' })
  id: string;
}

@Entity('partnership')
class Partnership {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'partnership_pk' })
  id: string;
}

@Module({ imports: [TypeOrmModule.forFeature([UserAccount, PartnershipAccess, Gmina, Partnership])], providers: [AccessService, ProbeResolver] })
class AccessTestModule {}

describe('AccessService on PostgreSQL', () => {
  let api: TestApp;
  let access: AccessService;
  let partnershipId: string;

  beforeAll(async () => {
    api = await createTestApp({ imports: [AccessTestModule], migrations: [CreateReferencedTables1795627054000, ...identityMigrations] });
    access = api.app.get(AccessService);
    [{ id: partnershipId }] = await api.dataSource.query(`INSERT INTO partnership DEFAULT VALUES RETURNING id`);
  });
  afterAll(() => api?.close());

  async function person(role: PartnershipRole | null): Promise<{ userId: string; isPlatformAdmin: false }> {
    const userId = randomUUID();
    await api.dataSource.query(`INSERT INTO user_account (id, email, display_name, password_hash) VALUES ($1, $2, 'Osoba', 'x')`, [userId, `${userId}@test.example`]);
    if (role) await access.grant(userId, partnershipId, role);
    return { userId, isPlatformAdmin: false };
  }

  it('answers the access checks of many people made together outside a transaction with one query', async () => {
    const members = await Promise.all(Array.from({ length: 200 }, () => person(PartnershipRole.OBSERVER)));
    const outsiders = await Promise.all(Array.from({ length: 20 }, () => person(null)));
    let outcomes: PromiseSettledResult<void>[] = [];
    const statements = await api.countStatements(async () => {
      outcomes = await Promise.allSettled([...members, ...outsiders].map((actor) => access.assertCan(actor, 'partnership.read', partnershipId)));
    });
    expect(statements).toBe(1);
    expect(outcomes.slice(0, 200).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    expect(outcomes.slice(200).map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'allowed'))).toEqual(outsiders.map(() => 'NOT_FOUND'));
  });

  it('sees a role taken away at the very next check', async () => {
    const member = await person(PartnershipRole.COORDINATOR);
    await expect(access.assertCan(member, 'partnership.update', partnershipId)).resolves.toBeUndefined();
    await api.dataSource.query(`DELETE FROM partnership_access WHERE user_id = $1`, [member.userId]);
    await expect(access.assertCan(member, 'partnership.read', partnershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await access.grant(member.userId, partnershipId, PartnershipRole.OBSERVER);
    await expect(access.assertCan(member, 'partnership.update', partnershipId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reads the role inside a transaction from that transaction, which sees its own writes', async () => {
    const member = await person(null);
    await expect(
      api.app.get(TransactionHost).withTransaction(async () => {
        await access.grant(member.userId, partnershipId, PartnershipRole.COORDINATOR);
        await access.assertCan(member, 'partnership.update', partnershipId);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expect(access.assertCan(member, 'partnership.read', partnershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not let a malformed id in a batch fail the checks batched with it', async () => {
    const member = await person(PartnershipRole.OBSERVER);
    const [good, bad] = await Promise.allSettled([
      access.assertCan({ ...member, userId: member.userId.toUpperCase() }, 'partnership.read', partnershipId),
      access.assertCan(member, 'partnership.read', 'not-a-uuid'),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status === 'rejected' && bad.reason.code).toBe('NOT_FOUND');
  });
});
