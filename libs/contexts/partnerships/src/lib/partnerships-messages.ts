import { defineMessages } from '@wspolnie/platform-i18n';

/**
 * What the partnerships context tells people: partnerships, their member gminas, thematic
 * areas and people. Gminas are named as "Rajcza (2417112)"; a partnership the caller acts in
 * is "this partnership".
 */
export const partnershipsMessage = defineMessages('partnerships', {
  en: {
    'noun.partnership': 'Partnership',
    'noun.invitation': 'Invitation',

    'action.create': 'creating partnerships',
    'action.read': 'seeing the partnership, its member gminas and thematic areas',
    'action.update': "changing the partnership's details",
    'action.members.manage': 'changing its member gminas',
    'action.thematicAreas.manage': 'changing its thematic areas',
    'action.activity.read': 'following its activity log',

    'input.slug': '{{field}} must be 2 to 60 lower-case letters, digits and single hyphens, e.g. "beskidy-6".',

    'lookup.neither': 'Give the id or the slug of the partnership.',
    'lookup.both': 'Give either the id or the slug of the partnership, not both.',
    slugTaken: 'Another partnership already uses the slug "{{slug}}"; choose another one.',

    'member.listedTwice': '{{gmina}} ({{terc}}) is listed twice.',
    'member.oneLeader': 'A partnership has at most one leader.',
    'member.already': '{{gmina}} ({{terc}}) is already a member of this partnership.',
    'member.someAlready': 'A gmina of the list is already a member of this partnership.',
    'member.otherLeader': '{{gmina}} ({{terc}}) already leads this partnership; make it a member first.',
    'member.leaderTaken': 'This partnership already has a leader; make that gmina a member first.',
    'member.notAMember': '{{gmina}} ({{terc}}) is not a member of this partnership.',
    'member.inProjects': {
      one: '{{gmina}} ({{terc}}) takes part in the project {{projects}} of this partnership (it holds a cost share); take it out of the project\'s budget first.',
      other: '{{gmina}} ({{terc}}) takes part in {{count}} projects of this partnership ({{projects}}) and holds cost shares in them; take it out of their budgets first.',
    },
    'member.actedFor': {
      one: '{{gmina}} ({{terc}}) is the gmina {{people}} acts for in this partnership; change that person\'s role first.',
      other: '{{gmina}} ({{terc}}) is the gmina {{count}} people act for in this partnership ({{people}}); change their roles first.',
    },
    'member.stillReferred': '{{gmina}} ({{terc}}) is still referred to in this partnership (by a project\'s budget or someone\'s role); try again once that has changed.',

    'area.standard': '„{{name}}” is already a standard thematic area; add that one instead.',
    'area.own': 'This partnership already has a thematic area named „{{name}}”.',
    'area.reference': '{{id}} is neither a standard thematic area nor one of this partnership\'s own.',
  },
  pl: {
    'noun.partnership': 'Partnerstwo',
    'noun.invitation': 'Zaproszenie',

    'action.create': 'tworzenie partnerstw',
    'action.read': 'wgląd w partnerstwo, jego gminy członkowskie i obszary tematyczne',
    'action.update': 'zmienianie danych partnerstwa',
    'action.members.manage': 'zmienianie gmin członkowskich',
    'action.thematicAreas.manage': 'zmienianie obszarów tematycznych partnerstwa',
    'action.activity.read': 'śledzenie dziennika zmian partnerstwa',

    'input.slug': '{{field}} musi mieć od 2 do 60 znaków: małe litery (bez polskich znaków), cyfry i pojedyncze łączniki, np. „beskidy-6”.',

    'lookup.neither': 'Podaj identyfikator albo skróconą nazwę (slug) partnerstwa.',
    'lookup.both': 'Podaj identyfikator albo skróconą nazwę (slug) partnerstwa, nie jedno i drugie.',
    slugTaken: 'Skróconą nazwę „{{slug}}” ma już inne partnerstwo; wybierz inną.',

    'member.listedTwice': 'Gmina {{gmina}} ({{terc}}) występuje na liście dwa razy.',
    'member.oneLeader': 'Partnerstwo może mieć najwyżej jednego lidera.',
    'member.already': 'Gmina {{gmina}} ({{terc}}) jest już członkiem tego partnerstwa.',
    'member.someAlready': 'Jedna z gmin z listy jest już członkiem tego partnerstwa.',
    'member.otherLeader': 'Liderem tego partnerstwa jest już gmina {{gmina}} ({{terc}}); najpierw zmień jej rolę na partnera.',
    'member.leaderTaken': 'To partnerstwo ma już lidera; najpierw zmień rolę tej gminy na partnera.',
    'member.notAMember': 'Gmina {{gmina}} ({{terc}}) nie jest członkiem tego partnerstwa.',
    'member.inProjects': {
      one: 'Gmina {{gmina}} ({{terc}}) uczestniczy w projekcie {{projects}} tego partnerstwa (ma w nim udział w kosztach); najpierw usuń ją z budżetu projektu.',
      few: 'Gmina {{gmina}} ({{terc}}) uczestniczy w {{count}} projektach tego partnerstwa ({{projects}}) i ma w nich udział w kosztach; najpierw usuń ją z ich budżetów.',
      many: 'Gmina {{gmina}} ({{terc}}) uczestniczy w {{count}} projektach tego partnerstwa ({{projects}}) i ma w nich udział w kosztach; najpierw usuń ją z ich budżetów.',
      other: 'Gmina {{gmina}} ({{terc}}) uczestniczy w {{count}} projektach tego partnerstwa ({{projects}}) i ma w nich udział w kosztach; najpierw usuń ją z ich budżetów.',
    },
    'member.actedFor': {
      one: 'W imieniu gminy {{gmina}} ({{terc}}) działa w tym partnerstwie {{people}}; najpierw zmień rolę tej osoby.',
      few: 'W imieniu gminy {{gmina}} ({{terc}}) działają w tym partnerstwie {{count}} osoby ({{people}}); najpierw zmień ich role.',
      many: 'W imieniu gminy {{gmina}} ({{terc}}) działa w tym partnerstwie {{count}} osób ({{people}}); najpierw zmień ich role.',
      other: 'W imieniu gminy {{gmina}} ({{terc}}) działa w tym partnerstwie {{count}} osoby ({{people}}); najpierw zmień ich role.',
    },
    'member.stillReferred': 'Gmina {{gmina}} ({{terc}}) jest nadal wskazana w tym partnerstwie (w budżecie projektu lub w czyjejś roli); spróbuj ponownie, gdy to się zmieni.',

    'area.standard': '„{{name}}” jest już standardowym obszarem tematycznym; dodaj ten obszar z katalogu.',
    'area.own': 'To partnerstwo ma już obszar tematyczny o nazwie „{{name}}”.',
    'area.reference': '{{id}} nie jest ani standardowym obszarem tematycznym, ani własnym obszarem tego partnerstwa.',
  },
});
