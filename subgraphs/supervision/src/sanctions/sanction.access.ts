/**
 * Who reads a sanction: supervision's one read rule (access/supervision.access.ts) on the sanction's agency (the
 * officer's unit at issue) — tree-wide administrators all; supervisors and agency administrators of that agency's
 * subtree — and, besides, the sanctioned officer himself (an account linked to his officer record): a 处理建议 is
 * a decision about him, he is told of it and may answer it to his unit. Nobody else.
 * Acting: a supervisor of the agency's subtree issues it (`requireSupervisorOf`); the unit — an agency administrator
 * of that subtree — records what it decided (`mayAnswerFor`).
 */
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Identity } from '@jiandu/kit';
import { supervisionVisibility } from '../access/supervision.access.js';
import type { Sanction } from './sanction.entity.js';

/** The list condition for sanctions, or null when the caller reads none. */
export function sanctionVisibility(identity: Identity): FilterQuery<Sanction> | null {
  if (identity.anonymous) return null;
  const base = supervisionVisibility<Sanction>(identity);
  const own = identity.officerId ? ({ officerId: identity.officerId } as FilterQuery<Sanction>) : null;
  if (base && own) return { $or: [base, own] } as FilterQuery<Sanction>;
  return base ?? own;
}
