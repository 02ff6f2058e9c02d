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
  },
});
