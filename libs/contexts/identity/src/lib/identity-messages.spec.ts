import { render } from '@wspolnie/platform-i18n';
import { PartnershipRole, roleName } from './access/partnership-role';
import { identityMessage } from './identity-messages';

describe('identity messages', () => {
  it('say how long to wait with the Polish plural forms', () => {
    const limit = (count: number) => identityMessage('limit.signInAccount', { wait: identityMessage('limit.minutes', { count }) });
    expect([1, 3, 15, 22].map((count) => render(limit(count), 'pl').replace(/^.*za /, ''))).toEqual(['1 minutę.', '3 minuty.', '15 minut.', '22 minuty.']);
    expect(render(limit(1), 'en')).toBe('Too many failed sign-ins for this account. Try again in 1 minute.');
    expect(render(limit(15), 'en')).toBe('Too many failed sign-ins for this account. Try again in 15 minutes.');
  });

  it('name roles in the reader\'s language', () => {
    const takesPart = identityMessage('invitation.takesPart', { name: 'Zofia Łęcka', email: 'z@gmina.example', role: roleName(PartnershipRole.COUNCIL_MEMBER) });
    expect(render(takesPart, 'en')).toBe('Zofia Łęcka (z@gmina.example) already takes part in this partnership as council member; change their role instead.');
    expect(render(takesPart, 'pl')).toBe('Zofia Łęcka (z@gmina.example) już uczestniczy w tym partnerstwie jako członek Rady Partnerstwa; zamiast zapraszać, zmień tej osobie rolę.');
  });
});
