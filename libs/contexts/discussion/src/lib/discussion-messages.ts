import { defineMessages } from '@wspolnie/platform-i18n';

/** What the discussion tells people, whatever the comment is on (namespace `discussion`). */
export const discussionMessage = defineMessages('discussion', {
  en: {
    'noun.comment': 'Comment',
    'action.comment.edit': 'editing and deleting comments',
    'condition.ownComment': 'on comments they wrote',

    replyToDeleted: 'The comment you are replying to was deleted; reply to another comment.',
    replyElsewhere: 'The comment you are replying to is on something else; reply to a comment of the same discussion.',
    commentDeleted: 'The comment was deleted: there is nothing to edit.',
    mentionOutsider: 'The mention @[{{name}}] names someone without a role in this partnership; only its people can be mentioned.',
  },
  pl: {
    'noun.comment': 'Komentarz',
    'action.comment.edit': 'edytowanie i usuwanie komentarzy',
    'condition.ownComment': 'we własnych komentarzach',

    replyToDeleted: 'Komentarz, na który odpowiadasz, został usunięty; odpowiedz na inny komentarz.',
    replyElsewhere: 'Komentarz, na który odpowiadasz, dotyczy czegoś innego; odpowiedz na komentarz z tej samej dyskusji.',
    commentDeleted: 'Komentarz został usunięty: nie ma czego edytować.',
    mentionOutsider: 'Wzmianka @[{{name}}] wskazuje osobę bez roli w tym partnerstwie; wspominać można tylko jego uczestników.',
  },
});
