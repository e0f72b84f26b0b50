/**
 * The dialog of one domain action (暂扣, 核发, 人员变动…), the one pattern every action follows:
 *
 * - a react-admin `<Form>` whose inputs carry `validate` (required, ranges, messages by i18n key), so
 *   nothing is sent while the form is invalid;
 * - the action is a custom dataProvider method (dataProvider/actions.ts) the caller passes as `mutationFn`,
 *   run through react-query's `useMutation` (react-admin's own), with a success notification and
 *   react-admin's refresh (cache invalidation) of the page's records;
 * - the server's field errors land on the matching inputs (the form's `onSubmit` returns them, react-admin's
 *   server-side validation); any other refusal is a notification with the server's message, and what a
 *   refused precondition lacks (`extensions.missing`) is also listed in the dialog;
 * - optionally a confirmation step stating the consequences before a destructive or final act (the inputs
 *   stay mounted, hidden, so a refusal sends the clerk back to them);
 * - optionally a result shown in place of the form once done (e.g. the report deadline of 人员变动).
 */
import { Alert, AlertTitle, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { Form, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useWatch, type FieldValues } from 'react-hook-form';
import { fieldErrors, missingItems, submissionErrors, useNotifyRefusal } from './serverErrors';

/**
 * The form starts from `defaultValues` alone: without this, react-admin's Form merges the page's record (the
 * certificate, the officer…) into its values, and resets the inputs whenever a refresh reloads that record.
 */
const NO_RECORD = {};

export interface ActionDialogProps<TValues extends FieldValues, TResult> {
  onClose(): void;
  /** i18n key of the title (also the dialog's accessible name). */
  title: string;
  titleArgs?: Record<string, unknown>;
  /** i18n key of the button that sends the action. */
  submitLabel: string;
  /** The form's initial values; `undefined` while they load (e.g. today's date by the server's clock). */
  defaultValues: Partial<TValues> | undefined;
  /** Sends the action: a custom method of the dataProvider, called with the form's values. */
  mutationFn(values: TValues): Promise<TResult>;
  /** i18n key of the success notification (none when the dialog shows a result instead). */
  success?: string;
  successArgs?: Record<string, unknown>;
  /** After success (e.g. open the new record's page). */
  onSuccess?(result: TResult): void;
  /** When given, shown in place of the form once the action succeeded; otherwise the dialog closes. */
  renderResult?(result: TResult): ReactNode;
  /**
   * The confirmation step: what the act will do, given the form's values. When it returns something, the
   * first button says 下一步 and the action is sent only from this step.
   */
  confirmation?(values: TValues): ReactNode | undefined;
  /** Red buttons and confirmation (final acts, 吊销, 注销, leaving the post). */
  destructive?: boolean | ((values: TValues) => boolean);
  /** False while something the form needs is not there yet (the suspension's computed period). */
  ready?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  children: ReactNode;
}

export function ActionDialog<TValues extends FieldValues, TResult>({
  onClose,
  title,
  titleArgs,
  submitLabel,
  defaultValues,
  mutationFn,
  success,
  successArgs,
  onSuccess,
  renderResult,
  confirmation,
  destructive,
  ready = true,
  maxWidth = 'sm',
  children,
}: ActionDialogProps<TValues, TResult>) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyRefusal = useNotifyRefusal();
  const titleId = useId();
  const [confirming, setConfirming] = useState<{ content: ReactNode; destructive: boolean } | null>(null);
  const [result, setResult] = useState<{ value: TResult } | null>(null);
  const [missing, setMissing] = useState<string[]>([]);

  const mutation = useMutation({
    mutationFn,
    onSuccess: () => {
      if (success) notify(success, { type: 'success', messageArgs: successArgs });
      refresh();
    },
  });
  const pending = mutation.isPending;
  const isDestructive = (values: TValues) => (typeof destructive === 'function' ? destructive(values) : !!destructive);

  const submit = async (values: FieldValues) => {
    const typed = values as TValues;
    if (pending || !ready) return undefined;
    if (!confirming && confirmation) {
      const content = confirmation(typed);
      if (content) {
        setConfirming({ content, destructive: isDestructive(typed) });
        return undefined;
      }
    }
    setMissing([]);
    try {
      const value = await mutation.mutateAsync(typed);
      onSuccess?.(value);
      if (renderResult) setResult({ value });
      else onClose();
      return undefined;
    } catch (error) {
      setConfirming(null);
      const onInputs = submissionErrors(error, Object.keys(values));
      // A problem with no input here (e.g. of the record itself) still reaches the clerk, as a notification.
      if (!onInputs || Object.keys(fieldErrors(error)).some((field) => !(field in onInputs))) notifyRefusal(error);
      if (onInputs) return onInputs;
      setMissing(missingItems(error));
      return undefined;
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
      {result && renderResult ? (
        <>
          <DialogContent>{renderResult(result.value)}</DialogContent>
          <DialogActions>
            <Button onClick={onClose} variant="contained">
              {translate('ra.action.close')}
            </Button>
          </DialogActions>
        </>
      ) : !defaultValues ? (
        <DialogContent>
          <LinearProgress />
        </DialogContent>
      ) : (
        <Form defaultValues={defaultValues} record={NO_RECORD} onSubmit={submit} noValidate>
          <DialogContent sx={{ pt: 0 }}>
            <div hidden={!!confirming}>{children}</div>
            {confirming && (
              <Alert severity={confirming.destructive ? 'error' : 'warning'} data-testid="command-confirmation">
                {confirming.content}
              </Alert>
            )}
            {missing.length > 0 && (
              <Alert severity="error" sx={{ mt: 2 }} role="alert">
                <AlertTitle>{translate('jiandu.command.missing_title')}</AlertTitle>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={translate('jiandu.command.missing_title')}>
                  {missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </Box>
              </Alert>
            )}
          </DialogContent>
          <ActionButtons
            submitLabel={submitLabel}
            confirming={confirming}
            asksConfirmation={(values) => !!confirmation?.(values as TValues)}
            isDestructive={(values) => isDestructive(values as TValues)}
            onBack={() => setConfirming(null)}
            onCancel={onClose}
            pending={pending}
            ready={ready}
          />
        </Form>
      )}
    </Dialog>
  );
}

/** Cancel / 返回修改 and the submit button, whose label and colour follow the form's current values. */
const ActionButtons = ({
  submitLabel,
  confirming,
  asksConfirmation,
  isDestructive,
  onBack,
  onCancel,
  pending,
  ready,
}: {
  submitLabel: string;
  confirming: { destructive: boolean } | null;
  asksConfirmation(values: FieldValues): boolean;
  isDestructive(values: FieldValues): boolean;
  onBack(): void;
  onCancel(): void;
  pending: boolean;
  ready: boolean;
}) => {
  const translate = useTranslate();
  const values = useWatch();
  const next = !confirming && asksConfirmation(values);
  const red = confirming ? confirming.destructive : isDestructive(values);
  return (
    <DialogActions>
      {confirming ? (
        <Button onClick={onBack} disabled={pending}>
          {translate('jiandu.command.back')}
        </Button>
      ) : (
        <Button onClick={onCancel} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
      )}
      <Button
        type="submit"
        variant="contained"
        color={red ? 'error' : 'primary'}
        disabled={pending || !ready}
        startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
      >
        {next ? translate('jiandu.command.next') : translate(submitLabel)}
      </Button>
    </DialogActions>
  );
};
