import { defineMessages } from '@wspolnie/platform-i18n';

/** What the projects context tells people about comments on its tasks and projects (namespace `projects.discussion`). */
export const projectDiscussionMessage = defineMessages('projects.discussion', {
  en: {
    'action.project.comment': 'commenting on projects and tasks, and replying',
    archivedTask: 'The task „{{title}}” is archived: it takes no comments until it is restored.',
    archivedProject: 'The project „{{title}}” is archived: it takes no comments until it is restored.',
  },
  pl: {
    'action.project.comment': 'komentowanie projektów i zadań oraz odpowiadanie',
    archivedTask: 'Zadanie „{{title}}” jest zarchiwizowane: nie przyjmuje komentarzy, dopóki nie zostanie przywrócone.',
    archivedProject: 'Projekt „{{title}}” jest zarchiwizowany: nie przyjmuje komentarzy, dopóki nie zostanie przywrócony.',
  },
});
