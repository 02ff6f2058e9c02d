import { Module } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { createTestApp, ProbeResolver, type TestApp } from '@wspolnie/platform-testing';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MailDelivery, MailModule, MailOutbox, mailMigrations, MAX_ATTEMPTS } from '../src';

@Module({ imports: [MailModule], providers: [ProbeResolver] })
class MailTestModule {}

/** A real SMTP server on loopback that keeps what it receives and refuses chosen recipients. */
async function smtpServer() {
  const received: { to: string[]; subject: string; text: string }[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 450 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          received.push({ to: to.flatMap((address) => address.value.map((value) => value.address ?? '')), subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, refused, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('mail delivery over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let api: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    smtp = await smtpServer();
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Wspólnie <noreply@wspolnie.test>' };
    api = await createTestApp({ imports: [MailTestModule], migrations: mailMigrations, env });
    second = await createTestApp({ imports: [MailTestModule], migrations: mailMigrations, env, database: api.database });
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    await api.dataSource.query('DELETE FROM mail_message');
  });

  const enqueue = (to: string, subject = 'Zaproszenie do partnerstwa — Węgierska Górka', fail = false) =>
    api.app.get(TransactionHost).withTransaction(async () => {
      await api.app.get(MailOutbox).enqueue({ to, subject, text: `Dzień dobry,\nzażółć gęślą jaźń.\nhttps://wspolnie.test/accept-invitation#token=abc` });
      if (fail) throw new Error('rolled back');
    });

  it('sends what was committed, UTF-8 intact, and nothing that was rolled back', async () => {
    await enqueue('urzednik@rajcza.test');
    await expect(enqueue('nikt@rajcza.test', 'Wycofane', true)).rejects.toThrow('rolled back');
    expect(await api.app.get(MailDelivery).deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toEqual([
      { to: ['urzednik@rajcza.test'], subject: 'Zaproszenie do partnerstwa — Węgierska Górka', text: expect.stringContaining('zażółć gęślą jaźń.\nhttps://wspolnie.test/accept-invitation#token=abc') },
    ]);
    expect(await api.app.get(MailDelivery).deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('retries a refused message later, and gives up after the last attempt, keeping why', async () => {
    smtp.refused.add('pelna@skrzynka.test');
    await enqueue('pelna@skrzynka.test');
    expect(await api.app.get(MailDelivery).deliverDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [afterFirst] = await api.dataSource.query(`SELECT attempts, next_attempt_at > now() + interval '20 seconds' AS later, last_error FROM mail_message`);
    expect(afterFirst).toMatchObject({ attempts: 1, later: true, last_error: expect.stringContaining('mailbox unavailable') });
    // Not due yet: the next round leaves it alone.
    expect(await api.app.get(MailDelivery).deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    await api.dataSource.query(`UPDATE mail_message SET attempts = $1, next_attempt_at = now()`, [MAX_ATTEMPTS - 1]);
    expect(await api.app.get(MailDelivery).deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [given] = await api.dataSource.query(`SELECT attempts, failed_at IS NOT NULL AS failed, sent_at FROM mail_message`);
    expect(given).toEqual({ attempts: MAX_ATTEMPTS, failed: true, sent_at: null });
    smtp.refused.clear();
  });

  it('never sends a message twice when two processes deliver at once', async () => {
    for (let i = 0; i < 30; i += 1) await enqueue(`osoba${i}@gmina.test`);
    const rounds = await Promise.all([api.app.get(MailDelivery).deliverDue(), second.app.get(MailDelivery).deliverDue(), api.app.get(MailDelivery).deliverDue()]);
    const more = await api.app.get(MailDelivery).deliverDue();
    expect(rounds.reduce((sum, round) => sum + round.sent, more.sent)).toBe(30);
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `osoba${i}@gmina.test`).sort());
  });
});
