import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { ConfigurationError, readEnvironment } from '@wspolnie/platform-config';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';

const QUERY = `{
  siteInfo {
    operatorName operatorUrl operatorAddress example
    accessibility { contactName contactEmail contactPhone publishedOn updatedOn preparedOn reviewedOn architecture communication }
  }
}`;

const CONFIGURED = {
  OPERATOR_NAME: 'Urząd Gminy Rajcza',
  OPERATOR_URL: 'https://rajcza.example.pl',
  OPERATOR_ADDRESS: 'ul. Górska 1, 34-370 Rajcza',
  ACCESSIBILITY_CONTACT_NAME: 'Jan Dostępny',
  ACCESSIBILITY_CONTACT_EMAIL: 'dostepnosc@rajcza.example.pl',
  ACCESSIBILITY_CONTACT_PHONE: '+48 33 000 11 22',
  ACCESSIBILITY_PUBLISHED_ON: '2026-01-15',
  ACCESSIBILITY_UPDATED_ON: '2026-11-30',
  ACCESSIBILITY_PREPARED_ON: '2026-01-20',
  ACCESSIBILITY_REVIEWED_ON: '2026-03-31',
  ACCESSIBILITY_ARCHITECTURE: 'Urząd ma windę.',
  ACCESSIBILITY_COMMUNICATION: 'Tłumacz PJM online w dni robocze.',
};

describe('siteInfo: who runs the instance, for its accessibility statement', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((api) => api.close())));
  const start = async (env: Record<string, string>) => {
    const api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, env });
    apps.push(api);
    return api;
  };

  it('answers without signing in, with what the operator configured', async () => {
    const api = await start(CONFIGURED);
    const result = await api.gql(QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.siteInfo).toEqual({
      operatorName: 'Urząd Gminy Rajcza',
      operatorUrl: 'https://rajcza.example.pl',
      operatorAddress: 'ul. Górska 1, 34-370 Rajcza',
      example: false,
      accessibility: {
        contactName: 'Jan Dostępny',
        contactEmail: 'dostepnosc@rajcza.example.pl',
        contactPhone: '+48 33 000 11 22',
        publishedOn: '2026-01-15',
        updatedOn: '2026-11-30',
        preparedOn: '2026-01-20',
        reviewedOn: '2026-03-31',
        architecture: 'Urząd ma windę.',
        communication: 'Tłumacz PJM online w dni robocze.',
      },
    });
  });

  it('fills what is unset with marked examples outside production, and leaves it unset in production', async () => {
    const development = (await (await start({ OPERATOR_NAME: 'Urząd Gminy Rajcza' })).gql(QUERY)).data?.siteInfo;
    expect(development).toMatchObject({ operatorName: 'Urząd Gminy Rajcza', example: true, accessibility: { contactEmail: 'dostepnosc@wspolnie.example', preparedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });

    const productionApi = await start({ NODE_ENV: 'production', OPERATOR_NAME: 'Urząd Gminy Rajcza' });
    const production = (await productionApi.gql(QUERY)).data?.siteInfo;
    expect(production).toMatchObject({ operatorName: 'Urząd Gminy Rajcza', operatorUrl: null, example: false, accessibility: { contactEmail: null, contactPhone: null, preparedOn: null, architecture: null } });
    // The web app's explorer asks this to tell its reader that production describes no schema.
    const probe = await productionApi.gql('{ __schema { queryType { name } } }');
    expect(probe.data?.['__schema']).toBeUndefined();
    expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    [{ ACCESSIBILITY_PUBLISHED_ON: '2026-02-30' }, 'ACCESSIBILITY_PUBLISHED_ON must be a day as YYYY-MM-DD'],
    [{ ACCESSIBILITY_REVIEWED_ON: '31.03.2027' }, 'ACCESSIBILITY_REVIEWED_ON must be a day as YYYY-MM-DD'],
    [{ ACCESSIBILITY_CONTACT_EMAIL: 'nobody' }, 'ACCESSIBILITY_CONTACT_EMAIL must be an e-mail address'],
    [{ ACCESSIBILITY_CONTACT_PHONE: 'call us' }, 'ACCESSIBILITY_CONTACT_PHONE must be a phone number'],
    [{ OPERATOR_URL: 'rajcza.pl' }, 'OPERATOR_URL must be an http(s) URL'],
  ])('refuses %j at start with one clear line', (env, message) => {
    expect(() => readEnvironment(env)).toThrow(ConfigurationError);
    expect(() => readEnvironment(env)).toThrow(message);
  });
});
