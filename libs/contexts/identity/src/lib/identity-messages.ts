import { defineMessages } from '@wspolnie/platform-i18n';

/**
 * What identity tells people: signing in, sessions, accounts, invitations, password resets,
 * roles and access. The e-mails (invitationMail, in Polish; passwordResetMail, in the account's
 * language) are not here.
 */
export const identityMessage = defineMessages('identity', {
  en: {
    'noun.partnership': 'Partnership',
    'noun.invitation': 'Invitation',

    'role.COORDINATOR': 'coordinator',
    'role.COUNCIL_MEMBER': 'council member',
    'role.GMINA_OFFICIAL': 'gmina official',
    'role.ADVISOR': 'advisor',
    'role.OBSERVER': 'observer',

    'auth.wrongCredentials': 'The e-mail or the password is not right.',
    'auth.currentPasswordWrong': 'The current password is not right.',
    'password.tooShort': 'The password must be at least {{min}} characters long.',
    'password.tooLong': 'The password must be at most {{max}} characters long.',
    'limit.minutes': { one: '{{count}} minute', other: '{{count}} minutes' },
    'limit.signInAccount': 'Too many failed sign-ins for this account. Try again in {{wait}}.',
    'limit.signInAddress': 'Too many failed sign-ins from your address. Try again in {{wait}}.',
    'limit.resetAddress': 'Too many password resets were asked from your address. Try again in {{wait}}.',
    'limit.mailAddress': 'Too many e-mails were asked from your address. Try again in {{wait}}.',
    'limit.mailRecipient': 'Too many e-mails went to this address lately. Try again in {{wait}}.',

    'account.exists': 'An account for {{email}} already exists; sign in instead.',
    'account.unknown': 'Nobody has an account with the e-mail {{email}}.',

    'invitation.invalid': 'This invitation link is not valid: it was used already, withdrawn, has expired, or was mistyped. Ask for a new one.',
    'invitation.self': 'Nobody can invite themselves: another person must give you a role.',
    'invitation.takesPart': '{{name}} ({{email}}) already takes part in this partnership as {{role}}; change their role instead.',
    'invitation.pending': '{{email}} was invited already ({{sent}}) and has not answered yet; send that invitation again or cancel it.',
    'invitation.otherAddress': 'This invitation was sent to {{email}}: sign in with the account of that address to accept it.',
    'invitation.accountExists': 'An account for {{email}} already exists: sign in with it, then accept the invitation.',
    'invitation.accepted': 'The invitation for {{email}} was accepted already.',
    'invitation.cancelled': 'The invitation for {{email}} was cancelled; invite the person again.',
    'invitation.noSuchGmina': 'There is no such gmina.',
    'invitation.gminaLeft': 'The gmina this invitation names is no longer a member of the partnership; ask for a new invitation.',

    'reset.invalid': 'This link for a new password is not valid: it was used already, has expired, or was mistyped. Ask for a new one.',

    'people.noRole': 'This person has no role in the partnership; invite them instead.',
    'people.noRoleToRevoke': 'This person has no role in the partnership.',
    'people.onlyCoordinator': '{{name}} is the only coordinator of this partnership; appoint another one first.',
    'people.gminaNotMember': 'That gmina is not a member of this partnership.',
    'people.officialNeedsGmina': 'A gmina official acts for one member gmina: name it (its TERC code).',
    'people.personReference': 'Only someone with a role in the partnership can be named here.',

    'access.platformOnly': 'Only a platform administrator may take this action ({{action}}).',
    'access.roleDenied': 'Your role {{place}} ({{role}}) does not allow {{action}}.',
    'access.roleOnly': 'Your role {{place}} ({{role}}) allows {{action}} only {{condition}}.',
    'access.inPartnership': 'in this partnership',
    'access.adminOnly': 'A platform administrator may take this action ({{action}}) only {{condition}}.',
    'access.adminNeedsRole': 'A platform administrator needs a role in this partnership or programme for {{action}}.',
    'access.giveOne': 'Give {{field}}.',
    'access.giveEither': 'Give {{first}} or {{last}}.',

    'condition.forOwnGmina': 'where the gmina you act for takes part',
    'condition.forOwnGminaOrAssigned': 'in projects the gmina you act for takes part in, or assigned to you',
    'condition.withOwnGmina': 'once your role names the gmina you act for',
    'condition.whileNoCoordinator': 'while the partnership has no coordinator',

    'action.people.read': 'seeing who takes part',
    'action.people.invite': 'inviting people and managing the invitations',
    'action.people.manage': 'changing people\'s roles and taking them away',
    'action.coordinator.appoint': 'appointing a coordinator, by invitation and never oneself',

  },
  pl: {
    'noun.partnership': 'Partnerstwo',
    'noun.invitation': 'Zaproszenie',

    'role.COORDINATOR': 'koordynator',
    'role.COUNCIL_MEMBER': 'członek Rady Partnerstwa',
    'role.GMINA_OFFICIAL': 'urzędnik gminy',
    'role.ADVISOR': 'doradca',
    'role.OBSERVER': 'obserwator',

    'auth.wrongCredentials': 'Adres e-mail lub hasło są nieprawidłowe.',
    'auth.currentPasswordWrong': 'Obecne hasło jest nieprawidłowe.',
    'password.tooShort': 'Hasło musi mieć co najmniej {{min}} znaków.',
    'password.tooLong': 'Hasło może mieć najwyżej {{max}} znaków.',
    'limit.minutes': { one: '{{count}} minutę', few: '{{count}} minuty', many: '{{count}} minut', other: '{{count}} minuty' },
    'limit.signInAccount': 'Zbyt wiele nieudanych prób logowania na to konto. Spróbuj ponownie za {{wait}}.',
    'limit.signInAddress': 'Zbyt wiele nieudanych prób logowania z tego adresu IP. Spróbuj ponownie za {{wait}}.',
    'limit.resetAddress': 'Z tego adresu IP zbyt wiele razy poproszono o nowe hasło. Spróbuj ponownie za {{wait}}.',
    'limit.mailAddress': 'Z tego adresu IP poproszono o zbyt wiele wiadomości. Spróbuj ponownie za {{wait}}.',
    'limit.mailRecipient': 'Na ten adres e-mail wysłano ostatnio zbyt wiele wiadomości. Spróbuj ponownie za {{wait}}.',

    'account.exists': 'Konto z adresem {{email}} już istnieje; zaloguj się na nie.',
    'account.unknown': 'Nikt nie ma konta z adresem {{email}}.',

    'invitation.invalid': 'Ten link z zaproszeniem nie działa: zaproszenie zostało już wykorzystane, wycofane lub wygasło, albo link przepisano z błędem. Poproś o nowe zaproszenie.',
    'invitation.self': 'Nie można zaprosić samego siebie: rolę musi nadać inna osoba.',
    'invitation.takesPart': '{{name}} ({{email}}) już uczestniczy w tym partnerstwie jako {{role}}; zamiast zapraszać, zmień tej osobie rolę.',
    'invitation.pending': 'Zaproszenie na adres {{email}} zostało już wysłane ({{sent}}) i czeka na odpowiedź; wyślij je ponownie albo je anuluj.',
    'invitation.otherAddress': 'To zaproszenie wysłano na adres {{email}}: aby je przyjąć, zaloguj się na konto z tym adresem.',
    'invitation.accountExists': 'Konto z adresem {{email}} już istnieje: zaloguj się na nie, a potem przyjmij zaproszenie.',
    'invitation.accepted': 'Zaproszenie dla {{email}} zostało już przyjęte.',
    'invitation.cancelled': 'Zaproszenie dla {{email}} zostało anulowane; zaproś tę osobę ponownie.',
    'invitation.noSuchGmina': 'Taka gmina nie istnieje.',
    'invitation.gminaLeft': 'Gmina wskazana w tym zaproszeniu nie jest już członkiem partnerstwa; poproś o nowe zaproszenie.',

    'reset.invalid': 'Ten link do ustawienia nowego hasła nie działa: został już wykorzystany lub wygasł, albo przepisano go z błędem. Poproś o nowy.',

    'people.noRole': 'Ta osoba nie ma roli w tym partnerstwie; aby ją dodać, wyślij jej zaproszenie.',
    'people.noRoleToRevoke': 'Ta osoba nie ma roli w tym partnerstwie.',
    'people.onlyCoordinator': '{{name}} to jedyna osoba koordynująca to partnerstwo; najpierw wyznacz kolejną.',
    'people.gminaNotMember': 'Ta gmina nie jest członkiem tego partnerstwa.',
    'people.officialNeedsGmina': 'Urzędnik gminy działa w imieniu jednej gminy członkowskiej: podaj jej kod TERC.',
    'people.personReference': 'Wskazać tu można tylko osobę, która ma rolę w tym partnerstwie.',

    'access.platformOnly': 'Tę czynność ({{action}}) może wykonać tylko administrator platformy.',
    'access.roleDenied': 'Twoja rola {{place}} ({{role}}) nie pozwala na {{action}}.',
    'access.roleOnly': 'Twoja rola {{place}} ({{role}}) pozwala na {{action}} tylko {{condition}}.',
    'access.inPartnership': 'w tym partnerstwie',
    'access.adminOnly': 'Administrator platformy może wykonać tę czynność ({{action}}) tylko {{condition}}.',
    'access.adminNeedsRole': 'Bez roli w tym partnerstwie lub programie administrator platformy nie może wykonać tej czynności ({{action}}).',
    'access.giveOne': 'Podaj {{field}}.',
    'access.giveEither': 'Podaj {{first}} albo {{last}}.',

    'condition.forOwnGmina': 'tam, gdzie uczestniczy gmina, w imieniu której działasz',
    'condition.forOwnGminaOrAssigned': 'w projektach, w których uczestniczy gmina, w imieniu której działasz, albo w zadaniach przydzielonych Tobie',
    'condition.withOwnGmina': 'wtedy, gdy rola wskazuje gminę, w imieniu której działasz',
    'condition.whileNoCoordinator': 'wtedy, gdy partnerstwo nie ma koordynatora',

    'action.people.read': 'sprawdzanie, kto uczestniczy w partnerstwie',
    'action.people.invite': 'zapraszanie osób i zarządzanie zaproszeniami',
    'action.people.manage': 'zmienianie ról osób i odbieranie ich',
    'action.coordinator.appoint': 'wyznaczanie koordynatora (przez zaproszenie, nigdy siebie samego)',

  },
});
