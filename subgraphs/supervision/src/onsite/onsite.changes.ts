import { diff, type FieldChange } from '@jiandu/kit';

/** kit's `diff`, without the fields empty on both sides (an empty list is no change from nothing). */
export function changes(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return diff(before, after).filter((c) => (c.before ?? '') !== (c.after ?? ''));
}
