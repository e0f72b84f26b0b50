import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { ServerError } from './ServerError';

export interface CommandDialogProps {
  open: boolean;
  onClose(): void;
  /** i18n key of the title (also the dialog's accessible name). */
  title: string;
  titleArgs?: Record<string, unknown>;
  /** i18n key of the button that sends the command. */
  submitLabel: string;
  /** Client-side check before going on (required fields); the server checks everything again. */
  validate?(): boolean;
  onSubmit(): void | Promise<unknown>;
  /**
   * When given, a second step shows it and asks for confirmation before the command is sent
   * (destructive or final actions, and the suspension whose computed period the clerk confirms).
   */
  confirmation?: ReactNode;
  destructive?: boolean;
  isPending: boolean;
  error: unknown;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** Replaces the form once the command succeeded and the dialog has something to report (e.g. 人员变动). */
  result?: ReactNode;
}

/**
 * The dialog of one domain command: a small form, an optional confirmation step, the server's refusal
 * shown in place (with what is missing), and the command's button disabled while it runs.
 */
export const CommandDialog = ({
  open,
  onClose,
  title,
  titleArgs,
  submitLabel,
  validate,
  onSubmit,
  confirmation,
  destructive,
  isPending,
  error,
  children,
  maxWidth = 'sm',
  result,
}: CommandDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [step, setStep] = useState<'form' | 'confirm'>('form');

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (isPending) return;
    if (validate && !validate()) return;
    if (confirmation && step === 'form') {
      setStep('confirm');
      return;
    }
    void onSubmit();
  };

  const confirming = step === 'confirm' && !!confirmation;
  return (
    <Dialog open={open} onClose={isPending ? undefined : onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
      {result ? (
        <>
          <DialogContent>{result}</DialogContent>
          <DialogActions>
            <Button onClick={onClose} variant="contained">
              {translate('ra.action.close')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={next} noValidate>
          <DialogContent sx={{ pt: 0 }}>
            <div hidden={confirming}>{children}</div>
            {confirming && (
              <Alert severity={destructive ? 'error' : 'warning'} data-testid="command-confirmation">
                {confirmation}
              </Alert>
            )}
            <ServerError error={error} />
          </DialogContent>
          <DialogActions>
            {confirming ? (
              <Button onClick={() => setStep('form')} disabled={isPending}>
                {translate('jiandu.command.back')}
              </Button>
            ) : (
              <Button onClick={onClose} disabled={isPending}>
                {translate('ra.action.cancel')}
              </Button>
            )}
            <Button
              type="submit"
              variant="contained"
              color={destructive ? 'error' : 'primary'}
              disabled={isPending}
              startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {confirmation && !confirming ? translate('jiandu.command.next') : translate(submitLabel)}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
};
