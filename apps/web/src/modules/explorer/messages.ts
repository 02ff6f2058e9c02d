import { catalogue } from '../../i18n/catalogue';

// Ids start with the module's name. GraphiQL's own interface is English only (see the accessibility statement).
export default catalogue(
  {
    'explorer.title': 'API dla programistów',
    'explorer.intro': 'Wspólnie ma otwarte API GraphQL pod adresem /graphql. Tu możesz pisać zapytania, uruchamiać je i czytać dokumentację schematu. Rejestr gmin jest dostępny bez logowania.',
    'explorer.asYou': 'Zapytania wysyłasz jako {name}: widzisz to samo, co w aplikacji.',
    'explorer.anonymous': 'Nie jesteś zalogowany: działają tylko zapytania publiczne, np. rejestr gmin.',
    'explorer.signIn': 'Zaloguj się, aby pytać o swoje partnerstwa',
    'explorer.keyboard': 'Edytor (po angielsku): Ctrl+Enter uruchamia zapytanie, Ctrl+Spacja podpowiada pola. Klawisz Tab wstawia wcięcie — Ctrl+M przełącza go na przechodzenie do następnego elementu.',
    'explorer.introspectionRefused': 'Ten serwer nie udostępnia opisu schematu (introspekcja jest wyłączona w produkcji), więc nie ma podpowiedzi ani dokumentacji. Zapytania nadal można uruchamiać.',
    'explorer.loading': 'Wczytywanie edytora…',
    'explorer.exampleComment': 'Przykład: województwa. Uruchom: Ctrl+Enter',
  },
  {
    'explorer.title': 'API for developers',
    'explorer.intro': 'Wspólnie has an open GraphQL API at /graphql. Here you can write queries, run them and read the schema’s documentation. The gmina register needs no sign-in.',
    'explorer.asYou': 'Your queries are sent as {name}: you see what you see in the app.',
    'explorer.anonymous': 'You are not signed in: only public queries work, e.g. the gmina register.',
    'explorer.signIn': 'Sign in to ask about your partnerships',
    'explorer.keyboard': 'The editor: Ctrl+Enter runs the query, Ctrl+Space suggests fields. Tab inserts an indent — Ctrl+M switches it to moving to the next element.',
    'explorer.introspectionRefused': 'This server does not describe its schema (introspection is off in production), so there are no suggestions or documentation. Queries still run.',
    'explorer.loading': 'Loading the editor…',
    'explorer.exampleComment': 'Example: the voivodeships. Run: Ctrl+Enter',
  },
);
