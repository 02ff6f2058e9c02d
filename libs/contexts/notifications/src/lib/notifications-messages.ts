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
    'text.MENTION.task': '{{actor}} mentioned you in a comment on the task „{{title}}”.',
    'text.MENTION.project': '{{actor}} mentioned you in a comment on the project „{{title}}”.',
    'text.COMMENT': '{{actor}} commented on „{{title}}”, which you take part in.',
    'text.THREAD_RESOLVED': '{{actor}} resolved your thread on the plan „{{title}}”.',
    'text.TASK_ASSIGNED': '{{actor}} assigned you the task „{{title}}”.',
    'text.PROJECT_STAGE_CHANGED': '{{actor}} moved the project „{{title}}”, which you follow, to another stage.',
    'text.PLAN_CONSULTATION_OPENED': '{{actor}} opened the plan „{{title}}” for consultation.',
    'text.MEETING_SCHEDULED': '{{actor}} invited you to the council meeting „{{title}}”.',
    'text.MEETING_CHANGED': '{{actor}} changed the time, place or title of the council meeting „{{title}}”.',
    'text.MEETING_CANCELLED': '{{actor}} cancelled the council meeting „{{title}}”.',
    'text.TASK_CHANGED': '{{actor}} changed the task „{{title}}”.',
    'text.TASK_DUE_TOMORROW': 'The task „{{title}}”, assigned to you, is due tomorrow.',
    'text.TASK_OVERDUE': 'The task „{{title}}”, assigned to you, is past its due date.',
  },
  pl: {
    'noun.notification': 'Powiadomienie',
    someone: 'Ktoś',

    'text.MENTION': '{{actor}} wspomina o Tobie w komentarzu do planu „{{title}}”.',
    'text.REPLY': '{{actor}} odpowiada w dyskusji o planie „{{title}}”, w której bierzesz udział.',
    'text.MENTION.task': '{{actor}} wspomina o Tobie w komentarzu do zadania „{{title}}”.',
    'text.MENTION.project': '{{actor}} wspomina o Tobie w komentarzu do projektu „{{title}}”.',
    'text.COMMENT': '{{actor}} komentuje „{{title}}”, w czym bierzesz udział.',
    'text.THREAD_RESOLVED': '{{actor}} rozstrzyga Twój wątek w planie „{{title}}”.',
    'text.TASK_ASSIGNED': '{{actor}} przydziela Ci zadanie „{{title}}”.',
    'text.PROJECT_STAGE_CHANGED': '{{actor}} przenosi obserwowany przez Ciebie projekt „{{title}}” do innego etapu.',
    'text.PLAN_CONSULTATION_OPENED': '{{actor}} otwiera konsultacje planu „{{title}}”.',
    'text.MEETING_SCHEDULED': '{{actor}} zaprasza Cię na posiedzenie Rady „{{title}}”.',
    'text.MEETING_CHANGED': '{{actor}} zmienia termin, miejsce lub tytuł posiedzenia Rady „{{title}}”.',
    'text.MEETING_CANCELLED': '{{actor}} odwołuje posiedzenie Rady „{{title}}”.',
    'text.TASK_CHANGED': '{{actor}} zmienia zadanie „{{title}}”.',
    'text.TASK_DUE_TOMORROW': 'Jutro mija termin przydzielonego Ci zadania „{{title}}”.',
    'text.TASK_OVERDUE': 'Minął termin przydzielonego Ci zadania „{{title}}”.',
  },
});
