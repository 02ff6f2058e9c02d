import { type AdvisoryEngagementRowFragment, type AdvisoryProgrammeContextFragment } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import type { ConflictField } from '../../ui/ConflictPanel';
import { type ActivityDraft, differingFields } from './activity-draft';
import { FORMAT_LABEL, KIND_LABEL } from './labels';

interface Context {
  readonly programme: AdvisoryProgrammeContextFragment;
  readonly engagements: readonly AdvisoryEngagementRowFragment[];
  readonly labels: Record<string, string>;
  readonly t: Translate;
}

/** A draft's field as a person reads it: names for ids, labels for enum values. */
function shown(draft: ActivityDraft, field: keyof ActivityDraft, { programme, engagements, t }: Context): string {
  switch (field) {
    case 'kind':
      return draft.kind ? t(KIND_LABEL[draft.kind]) : '';
    case 'format':
      return t(FORMAT_LABEL[draft.format]);
    case 'topicId':
      return programme.topics.find((topic) => topic.id === draft.topicId)?.name ?? '';
    case 'teamId':
      return programme.teams.find((team) => team.id === draft.teamId)?.name ?? '';
    case 'engagementId':
      return engagements.find((engagement) => engagement.id === draft.engagementId)?.title ?? '';
    case 'gminas':
      return draft.gminas.map((gmina) => `${gmina.name}: ${gmina.participants.trim()}`).join('; ');
    default: {
      const value = draft[field];
      return typeof value === 'string' ? value : '';
    }
  }
}

/**
 * What a CONFLICT means for the draft: the fields the reader changed that now read otherwise
 * (theirs against yours), and the fields only they changed, which a resend keeps (it sends only
 * the reader's changes).
 */
export function conflictOf(original: ActivityDraft, theirs: ActivityDraft, yours: ActivityDraft, context: Context): { fields: ConflictField[]; kept: string[] } {
  const mine = new Set(differingFields(original, yours));
  const label = (field: keyof ActivityDraft) => context.labels[field] ?? field;
  const fields = differingFields(theirs, yours)
    .filter((field) => mine.has(field))
    .map((field) => ({ name: field, label: label(field), theirs: shown(theirs, field, context), yours: shown(yours, field, context) }));
  const kept = differingFields(original, theirs)
    .filter((field) => !mine.has(field))
    .map(label);
  return { fields, kept };
}
