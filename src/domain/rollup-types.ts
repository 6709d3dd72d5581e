/** The shapes a rollup returns; kept apart so area-status and csv need no rollup code. */
import type { Area } from '../api/schemas';
import type { LeadAlias } from './leads';
import type { RatingKey } from './ratings';

export type RatingCounts = Record<RatingKey, number>;

export function emptyCounts(): RatingCounts {
  return { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 };
}

export interface Rollup {
  readonly counts: RatingCounts;
  /** Number of actions; always equals the sum of `counts`. */
  readonly total: number;
  /** Deadline passed and not blue (see deadlines.ts). */
  readonly overdue: number;
  /** Not blue, due between today and today + `dueWithinDays` inclusive. */
  readonly dueSoon: number;
  /** Actions whose deadline is not a real date (reported, never counted as overdue). */
  readonly invalidDeadlines: number;
}

export interface AreaRollup {
  /** null groups actions whose `areaId` matches no area of the plan. */
  readonly area: Area | null;
  readonly areaId: string;
  readonly rollup: Rollup;
  readonly status: RatingKey;
}

export interface LeadRollup {
  readonly key: string;
  readonly displayName: string;
  readonly spellings: readonly string[];
  readonly rollup: Rollup;
}

export interface PlanRollups {
  readonly plan: Rollup;
  readonly byArea: AreaRollup[];
  readonly byLead: LeadRollup[];
}

export interface RollupOptions {
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** Window for "due soon", in days; default 28 (the check-in's "next four weeks"). */
  readonly dueWithinDays?: number;
  /** The plan's lead aliases, for the per-lead rollup (see domain/leads.ts). */
  readonly leadAliases?: readonly LeadAlias[];
}
