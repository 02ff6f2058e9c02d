import { describe, expect, it } from 'vitest';
import { membersOnOneField, slugFrom, tercCodes } from './CreatePartnershipForm';

describe('the new partnership form’s helpers', () => {
  it('suggests an address from a Polish name', () => {
    expect(slugFrom('Partnerstwo Żywiecczyzny – Łodygowice i Węgierska Górka')).toBe('partnerstwo-zywiecczyzny-lodygowice-i-wegierska-gorka');
    expect(slugFrom('  ')).toBe('');
  });

  it('reads TERC codes separated by commas, semicolons or lines', () => {
    expect(tercCodes('2417112, 2417142;2403092\n 2417152 ')).toEqual(['2417112', '2417142', '2403092', '2417152']);
    expect(tercCodes('')).toEqual([]);
  });

  it('puts the API’s errors of members.N on the one members field, once', () => {
    const problem = {
      code: 'BAD_USER_INPUT',
      message: 'x',
      extensions: {},
      fields: [
        { field: 'slug', message: 'Zły adres.' },
        { field: 'members.0.gminaTerc', message: '„9999999” nie jest kodem TERC gminy.' },
        { field: 'members.2.gminaTerc', message: '„1” nie jest kodem TERC gminy.' },
      ],
    };
    expect(membersOnOneField(problem)?.fields).toEqual([
      { field: 'slug', message: 'Zły adres.' },
      { field: 'members', message: '„9999999” nie jest kodem TERC gminy. „1” nie jest kodem TERC gminy.' },
    ]);
    expect(membersOnOneField(null)).toBeNull();
  });
});
