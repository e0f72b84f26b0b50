import { useNotify, useRefresh } from 'react-admin';
import { errorCode, fieldErrors } from '../dataProvider/client';

/**
 * What an edit form does when the server refuses: show its message (field problems land on the inputs
 * instead, see client.ts); when the record changed meanwhile (CONCURRENT_MODIFICATION), reload it so the
 * clerk sees the current values and the next save sends the current version.
 */
export function useEditRefusal() {
  const notify = useNotify();
  const refresh = useRefresh();
  return (error: unknown) => {
    if (Object.keys(fieldErrors(error)).length > 0) return;
    const stale = errorCode(error) === 'CONCURRENT_MODIFICATION';
    const message = error instanceof Error ? error.message : String(error);
    notify(message, { type: stale ? 'warning' : 'error' });
    if (stale) refresh();
  };
}
