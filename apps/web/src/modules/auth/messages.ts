import { catalogue } from '../../i18n/catalogue';

export default catalogue(
  {
    'auth.signIn.title': 'Zaloguj się',
    'auth.signIn.intro': 'Wspólnie to przestrzeń pracy partnerstw gmin: wspólne projekty, zadania, plany i wsparcie doradcze.',
    'auth.signIn.email': 'Adres e-mail',
    'auth.signIn.password': 'Hasło',
    'auth.signIn.submit': 'Zaloguj się',
    'auth.signIn.submitting': 'Logowanie…',
    'auth.signIn.forgot': 'Nie pamiętasz hasła?',
    'auth.signIn.register': 'Przeglądaj rejestr gmin bez logowania',
    'auth.signIn.emailMissing': 'Wpisz adres e-mail',
    'auth.signIn.passwordMissing': 'Wpisz hasło',
  },
  {
    'auth.signIn.title': 'Sign in',
    'auth.signIn.intro': 'Wspólnie is the workspace of partnerships of gminas: joint projects, tasks, plans and advisory support.',
    'auth.signIn.email': 'E-mail address',
    'auth.signIn.password': 'Password',
    'auth.signIn.submit': 'Sign in',
    'auth.signIn.submitting': 'Signing in…',
    'auth.signIn.forgot': 'Forgotten your password?',
    'auth.signIn.register': 'Browse the gmina register without signing in',
    'auth.signIn.emailMissing': 'Enter your e-mail address',
    'auth.signIn.passwordMissing': 'Enter your password',
  },
);
