import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startApi } from '@wspolnie/testing-api-process';

const PASSWORD = 'Wspolnie-demo-2026';

describe('an invitation, as the demo README walks through it', () => {
  it('reaches only the invitee: the outbox command shows the e-mail beside the running API, and no answer or log line holds the link', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-invite-'));
    const api = await startApi({ DATA_DIR: dataDir });
    try {
      expect(api.output()).toContain('SMTP_URL is not set: e-mails wait in the outbox');
      const coordinator = await api.signIn('koordynator@wspolnie.example', PASSWORD);
      const { data } = await api.gql(`{ partnership(slug: "aglomeracja-beskidzka-6") { id } }`, {}, coordinator);
      const invited = await api.gql(
        `mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id email role status gmina { name } } }`,
        { i: { partnershipId: data.partnership.id, email: 'nowa.urzedniczka@milowka.example', role: 'GMINA_OFFICIAL', gminaTerc: '2417092' } },
        coordinator,
      );
      expect(invited.data.inviteToPartnership).toMatchObject({ email: 'nowa.urzedniczka@milowka.example', status: 'PENDING', gmina: { name: 'Milówka' } });

      // The operator reads the outbox while the API runs, on the same embedded database.
      const outbox = await runCli(['outbox', 'nowa.urzedniczka@milowka.example'], { DATA_DIR: dataDir });
      expect(outbox.code).toBe(0);
      expect(outbox.stdout).toContain('Temat: Zaproszenie do partnerstwa „Partnerstwo 6 jst Aglomeracji Beskidzkiej” we Wspólnie');
      const token = /#token=([\w-]+)/.exec(outbox.stdout)?.[1];
      expect(token).toHaveLength(43);
      expect(JSON.stringify(invited)).not.toContain(token);

      // A browser never sends what follows "#"; a link pasted with ?token= leaves no trace either.
      await fetch(api.url.replace('/graphql', `/accept-invitation?token=${token}`));
      const account = await api.gql(`mutation ($i: CreateAccountFromInvitationInput!) { createAccountFromInvitation(input: $i) { user { email } } }`, {
        i: { token, displayName: 'Ewa Nowak (UG Milówka)', password: 'hasło-z-zaproszenia-1' },
      });
      expect(account.data?.createAccountFromInvitation.user.email).toBe('nowa.urzedniczka@milowka.example');
      const official = await api.signIn('nowa.urzedniczka@milowka.example', 'hasło-z-zaproszenia-1');
      const me = await api.gql(`{ me { partnershipRoles { role gmina { name } } } }`, {}, official);
      expect(me.data.me.partnershipRoles).toEqual([{ role: 'GMINA_OFFICIAL', gmina: { name: 'Milówka' } }]);
      expect(api.output()).toContain('/accept-invitation');
      expect(api.output()).not.toContain(token);
    } finally {
      await api.stop();
    }
  });
});
