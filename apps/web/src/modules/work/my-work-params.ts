import { MyTaskBucket, MyTaskSort } from './graphql.generated';

/** The buckets in the order the page offers them; every MyTaskBucket of the schema. */
export const BUCKETS: readonly MyTaskBucket[] = [MyTaskBucket.Open, MyTaskBucket.DueThisWeek, MyTaskBucket.Overdue];
/** The sorts in the order the select offers them; every MyTaskSort of the schema. */
export const SORTS: readonly MyTaskSort[] = [MyTaskSort.DueOn, MyTaskSort.Priority, MyTaskSort.UpdatedAt, MyTaskSort.Project];

/** In the address as short lowercase words (`?bucket=overdue&sort=priority`), so a link can be shared and read. */
const word = (value: string) => value.toLowerCase().replace(/_/g, '-');

function pick<T extends string>(values: readonly T[], raw: string | null, fallback: T): T {
  return values.find((value) => word(value) === raw) ?? fallback;
}

export interface MyWorkView {
  readonly bucket: MyTaskBucket;
  readonly sort: MyTaskSort;
}

export const DEFAULT_VIEW: MyWorkView = { bucket: MyTaskBucket.Open, sort: MyTaskSort.DueOn };

/** What the address asks for; anything unknown falls back to the default (open tasks, soonest due). */
export function viewOf(params: URLSearchParams): MyWorkView {
  return { bucket: pick(BUCKETS, params.get('bucket'), DEFAULT_VIEW.bucket), sort: pick(SORTS, params.get('sort'), DEFAULT_VIEW.sort) };
}

/** The address's parameters for a view: defaults are left out, other parameters kept. */
export function paramsOf(view: MyWorkView, current: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value, fallback] of [
    ['bucket', view.bucket, DEFAULT_VIEW.bucket],
    ['sort', view.sort, DEFAULT_VIEW.sort],
  ] as const) {
    if (value === fallback) next.delete(name);
    else next.set(name, word(value));
  }
  return next;
}

/** A task is overdue when its day is before today (both Warsaw days, as ISO strings compare). */
export function isOverdue(dueOn: string | null | undefined, today: string): boolean {
  return Boolean(dueOn && dueOn < today);
}
