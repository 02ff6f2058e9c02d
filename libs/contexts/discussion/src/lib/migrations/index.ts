import { MoveCommentsToDiscussion1795627054315 } from './1795627054315-MoveCommentsToDiscussion';

/** After plans (whose comment tables it takes over), identity, partnerships and gminas. */
export const discussionMigrations = [MoveCommentsToDiscussion1795627054315];
