import { defineMessages } from '@wspolnie/platform-i18n';

/**
 * What the inbox tells people (namespace `notifications`): one sentence per kind. Polish has
 * no gender-neutral past tense ("wspomniał" / "wspomniała") and accounts keep no gender, so
 * the Polish sentences are in the present tense, as Polish notifications often are.
 */
export const notificationsMessage = defineMessages('notifications', {
  en: {
    'noun.notification': 'Notification',
    someone: 'Someone',

    'text.MENTION': '{{actor}} mentioned you in a comment on the plan „{{title}}”.',
    'text.REPLY': '{{actor}} replied in a thread you take part in on the plan „{{title}}”.',
    'text.THREAD_RESOLVED': '{{actor}} resolved your thread on the plan „{{title}}”.',
    'text.TASK_ASSIGNED': '{{actor}} assigned you the task „{{title}}”.',
    'text.PROJECT_STAGE_CHANGED': '{{actor}} moved the project „{{title}}”, which you follow, to another stage.',
    'text.PLAN_CONSULTATION_OPENED': '{{actor}} opened the plan „{{title}}” for consultation.',
    'text.MEETING_SCHEDULED': '{{actor}} invited you to the council meeting „{{title}}”.',
    'text.MEETING_CHANGED': '{{actor}} changed the time, place or title of the council meeting „{{title}}”.',
    'text.MEETING_CANCELLED': '{{actor}} cancelled the council meeting „{{title}}”.',
  },
  pl: {
    'noun.notification': 'Powiadomienie',
    someone: 'Ktoś',

    'text.MENTION': '{{actor}} wspomina o Tobie w komentarzu do planu „{{title}}”.',
    'text.REPLY': '{{actor}} odpowiada w dyskusji o planie „{{title}}”, w której bierzesz udział.',
    'text.THREAD_RESOLVED': '{{actor}} rozstrzyga Twój wątek w planie „{{title}}”.',
    'text.TASK_ASSIGNED': '{{actor}} przydziela Ci zadanie „{{title}}”.',
    'text.PROJECT_STAGE_CHANGED': '{{actor}} przenosi obserwowany przez Ciebie projekt „{{title}}” do innego etapu.',
    'text.PLAN_CONSULTATION_OPENED': '{{actor}} otwiera konsultacje planu „{{title}}”.',
    'text.MEETING_SCHEDULED': '{{actor}} zaprasza Cię na posiedzenie Rady „{{title}}”.',
    'text.MEETING_CHANGED': '{{actor}} zmienia termin, miejsce lub tytuł posiedzenia Rady „{{title}}”.',
    'text.MEETING_CANCELLED': '{{actor}} odwołuje posiedzenie Rady „{{title}}”.',
  },
});
