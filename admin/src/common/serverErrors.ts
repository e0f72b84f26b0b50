/**
 * What the console does with a refusal of the server, in one place for every form and action dialog:
 *
 * - BAD_USER_INPUT (`extensions.problems: [{ field, message }]`) and DUPLICATE (`extensions.field`) name the
 *   inputs at fault: their messages go onto those inputs, as react-admin's server-side validation does
 *   (a form's `onSubmit` returns `{ [source]: message }`; see client.ts for the mapping);
 * - any other code is a notification with the server's (Chinese) message; a stale version
 *   (CONCURRENT_MODIFICATION) is a warning and reloads the page's records, so the next try sends the version
 *   now shown.
 */
import { useCallback } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorCode, fieldErrors } from '../dataProvider/client';

export { errorCode, fieldErrors, missingItems } from '../dataProvider/client';

/** The server's message of a refusal (an i18n key for the client's own network errors). */
export function refusalMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The errors to return from a form's `onSubmit` for react-admin to set on its inputs, or `undefined` when the
 * refusal names no input of this form (`sources`: the form's field names), then it is to be notified.
 */
export function submissionErrors(error: unknown, sources: Iterable<string>): Record<string, string> | undefined {
  const fields = fieldErrors(error);
  const known = new Set(sources);
  const onInputs = Object.fromEntries(Object.entries(fields).filter(([field]) => known.has(field)));
  return Object.keys(onInputs).length > 0 ? onInputs : undefined;
}

/** Notifies a refusal with the server's message; reloads the records when they were stale. */
export function useNotifyRefusal(): (error: unknown) => void {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return useCallback(
    (error: unknown) => {
      const raw = refusalMessage(error);
      const message = translate(raw, { _: raw });
      if (errorCode(error) !== 'CONCURRENT_MODIFICATION') {
        notify(message, { type: 'error' });
        return;
      }
      notify(`${message} ${translate('jiandu.command.reloaded')}`, { type: 'warning' });
      refresh();
    },
    [notify, refresh, translate],
  );
}

/**
 * `mutationOptions.onError` of a react-admin Edit: field problems already land on the inputs (the
 * dataProvider's HttpError carries them in `body.errors`), anything else is notified as above.
 */
export function useEditRefusal(): (error: unknown) => void {
  const notifyRefusal = useNotifyRefusal();
  return useCallback(
    (error: unknown) => {
      if (Object.keys(fieldErrors(error)).length > 0) return;
      notifyRefusal(error);
    },
    [notifyRefusal],
  );
}
