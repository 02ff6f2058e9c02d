import { createContext, useContext } from 'react';
import { type PlansPlanFragment, type PlansThreadFragment } from './graphql.generated';
import type { Reader } from './plan-rules';

export type PlanThread = PlansThreadFragment;
export type PlanComment = PlansThreadFragment['comments'][number];

/** Someone of the partnership who can be mentioned. */
export interface Mentionable {
  readonly userId: string;
  readonly name: string;
}

/** What every part of the plan page shares: the plan as loaded, who reads it, and how to reload it. */
export interface PlanPageValue {
  readonly plan: PlansPlanFragment;
  readonly reader: Reader;
  readonly people: readonly Mentionable[];
  /** Reloads the plan (after a change of one's own, or an event). */
  refresh(): Promise<unknown>;
  /** Says something politely to screen readers ("Dodano komentarz."). */
  announce(message: string): void;
}

export const PlanPageContext = createContext<PlanPageValue | null>(null);

export function usePlanPage(): PlanPageValue {
  const value = useContext(PlanPageContext);
  if (!value) throw new Error('outside the plan page');
  return value;
}
