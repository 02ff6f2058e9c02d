import type { StreamEvent } from './stream-event.entity';

/** Events of this topic change someone's access in the stream; `subjectId` is that person. */
export const ACCESS_TOPIC = 'access';

export interface EventFilter {
  /** Only events of this scope (e.g. one project). */
  readonly scopeId?: string;
  /** Only events of this topic (e.g. "task"), or of any of these (an allow-list: what a subscription may pass on). */
  readonly topic?: string | readonly string[];
  /** Events of this topic too, whatever the scope and topic above. */
  readonly alsoTopic?: string;
}

/** The topics a filter allows, or null for every topic. */
export const topicsOf = (filter: EventFilter): readonly string[] | null => (filter.topic === undefined ? null : typeof filter.topic === 'string' ? [filter.topic] : filter.topic);

/** Whether an event passes a filter, as reading the table with it would answer. */
export const matcher = (filter: EventFilter) => {
  const topics = topicsOf(filter);
  const scopeId = filter.scopeId;
  return (event: StreamEvent) => (!scopeId || event.scopeId === scopeId) && (!topics || topics.includes(event.topic));
};

/** A filter for reading the table that lets access changes through too. */
export const withAccess = (filter: EventFilter): EventFilter & { alsoTopic?: string } => (filter.scopeId || filter.topic ? { ...filter, alsoTopic: ACCESS_TOPIC } : filter);
