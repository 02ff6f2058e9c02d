import { defineMessages, type Message } from '@wspolnie/platform-i18n';
import type { TaskStatus } from './task.entity';

/** What the project board tells people about tasks (namespace `projects.task`). */
export const taskMessage = defineMessages('projects.task', {
  en: {
    'noun.task': 'Task',

    'status.TODO': 'To do',
    'status.IN_PROGRESS': 'In progress',
    'status.BLOCKED': 'Blocked',
    'status.DONE': 'Done',

    afterItself: 'The task „{{title}}” cannot be placed after itself; name another task of the column, or none to put it at the top.',
    afterInOtherColumn: 'The task „{{after}}” is in the column „{{actual}}”, not „{{column}}”, so „{{title}}” cannot be placed after it there.',
    afterNotOnBoard: 'The task to place „{{title}}” after is not on the board of the project „{{project}}”.',
    alreadyArchived: 'The task „{{title}}” is already archived.',
    notArchived: 'The task „{{title}}” is not archived.',
    archived: 'The task „{{title}}” is archived; restore it first.',
  },
  pl: {
    'noun.task': 'Zadanie',

    'status.TODO': 'Do zrobienia',
    'status.IN_PROGRESS': 'W toku',
    'status.BLOCKED': 'Wstrzymane',
    'status.DONE': 'Zrobione',

    afterItself: 'Nie można umieścić zadania „{{title}}” za nim samym; wskaż inne zadanie z tej kolumny albo żadne, aby umieścić je na górze.',
    afterInOtherColumn: 'Zadanie „{{after}}” jest w kolumnie „{{actual}}”, a nie „{{column}}”, więc nie można umieścić za nim zadania „{{title}}”.',
    afterNotOnBoard: 'Zadania, za którym ma się znaleźć „{{title}}”, nie ma na tablicy projektu „{{project}}”.',
    alreadyArchived: 'Zadanie „{{title}}” jest już zarchiwizowane.',
    notArchived: 'Zadanie „{{title}}” nie jest zarchiwizowane.',
    archived: 'Zadanie „{{title}}” jest zarchiwizowane; najpierw je przywróć.',
  },
});

/** A board column as people read it: "Do zrobienia" / "To do". */
export function statusLabel(status: TaskStatus): Message {
  return taskMessage(`status.${status}`);
}
