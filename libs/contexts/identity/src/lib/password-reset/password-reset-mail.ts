import { formatWarsawTime } from '@wspolnie/kernel';
import type { OutgoingMail } from '@wspolnie/platform-mail';
import { Language } from '../account/language';

/**
 * The e-mail with a link for a new password, in the language the account chose (Polish unless
 * it chose English); the token sits after `#` (see invitationMail).
 */
export function passwordResetMail(to: string, link: string, expiresAt: Date, language: Language = Language.PL): OutgoingMail {
  const until = formatWarsawTime(expiresAt, 'moment', language);
  if (language === Language.EN) {
    return {
      to,
      subject: 'A new password for Wspólnie',
      text: [
        'Hello,',
        '',
        `Someone asked for a new password for your Wspólnie account. To set one, open this link by ${until} (Warsaw time):`,
        link,
        '',
        'Once the password is changed, all your sessions end, on every device.',
        'If it was not you, ignore this message: your password stays as it is.',
        '',
        '— Wspólnie',
      ].join('\n'),
    };
  }
  return {
    to,
    subject: 'Ustawienie nowego hasła we Wspólnie',
    text: [
      'Dzień dobry,',
      '',
      `Poproszono o nowe hasło do Twojego konta we Wspólnie. Aby je ustawić, otwórz ten link do ${until}:`,
      link,
      '',
      'Po zmianie hasła wszystkie Twoje sesje zostaną zakończone, na każdym urządzeniu.',
      'Jeśli to nie Ty prosisz o nowe hasło, zignoruj tę wiadomość: Twoje hasło się nie zmieni.',
      '',
      '— Wspólnie',
    ].join('\n'),
  };
}
