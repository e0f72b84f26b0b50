/**
 * 预览并公示 (002 （二）3 事后公开; 004 第十四条): the clerk sees the decision's text as it would be published, with the
 * personal data taken out highlighted where it was and listed (kind and the original, masked), may edit the text
 * and preview it again (the server redacts whatever he sends), then confirms; the server redacts once more when
 * publishing. Nothing is stored before the confirmation.
 */
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { fieldErrors, useNotifyRefusal } from '../common/serverErrors';
import type { JianduDataProvider } from '../dataProvider';
import type { PreviewPublicationQuery } from '../gql/graphql';
import { enumKey } from '../labels';

type Preview = PreviewPublicationQuery['previewPublication'];

/** The redacted text with each replacement marked (start/end are UTF-16 offsets into it, as JS strings count). */
export function RedactedText({ preview }: { preview: Preview }) {
  const translate = useTranslate();
  const parts: ReactNode[] = [];
  let at = 0;
  const marks = [...preview.redactions].sort((a, b) => a.start - b.start);
  marks.forEach((r, i) => {
    if (r.start < at || r.end > preview.text.length) return;
    parts.push(<Fragment key={`t${i}`}>{preview.text.slice(at, r.start)}</Fragment>);
    parts.push(
      <Box
        component="mark"
        key={`m${i}`}
        data-testid="redaction-mark"
        data-kind={r.kind}
        title={translate(enumKey('RedactionKind', r.kind))}
        sx={{ bgcolor: 'warning.light', color: 'text.primary', px: 0.25, borderRadius: 0.5 }}
      >
        {preview.text.slice(r.start, r.end)}
      </Box>,
    );
    at = r.end;
  });
  parts.push(<Fragment key="rest">{preview.text.slice(at)}</Fragment>);
  return (
    <Typography component="div" variant="body2" sx={{ whiteSpace: 'pre-wrap', p: 1.5, bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, lineHeight: 1.9 }} data-testid="redacted-text">
      {parts}
    </Typography>
  );
}

/** What was taken out: kind, the original (masked by the server), what stands in its place. */
export function RedactionList({ preview }: { preview: Preview }) {
  const translate = useTranslate();
  if (preview.redactions.length === 0) return <Alert severity="info">{translate('jiandu.publicity.no_redactions')}</Alert>;
  return (
    <Table size="small" aria-label={translate('jiandu.publicity.redactions')} data-testid="redaction-list">
      <TableHead>
        <TableRow>
          <TableCell>{translate('jiandu.publicity.redaction_kind')}</TableCell>
          <TableCell>{translate('jiandu.publicity.redaction_original')}</TableCell>
          <TableCell>{translate('jiandu.publicity.redaction_replacement')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.redactions.map((r, i) => (
          <TableRow key={`${r.start}-${i}`}>
            <TableCell>{translate(enumKey('RedactionKind', r.kind))}</TableCell>
            <TableCell>{r.original}</TableCell>
            <TableCell>{r.replacement}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export interface PublishDialogProps {
  caseId: string;
  caseNumber: string;
  /** The publication's version the clerk saw. */
  version: number;
  onClose(): void;
}

export const PublishDialog = ({ caseId, caseNumber, version, onClose }: PublishDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyRefusal = useNotifyRefusal();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const titleId = useId();
  /** The clerk's text, once he edits it; null = the decision's text as the server redacts it. */
  const [edited, setEdited] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [textError, setTextError] = useState<string | undefined>();

  const preview = useQuery({
    queryKey: ['jiandu', 'previewPublication', caseId, edited],
    queryFn: () => dataProvider.previewPublication({ caseId, text: edited }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  useEffect(() => {
    if (preview.error) {
      const fields = fieldErrors(preview.error);
      if (fields.text) setTextError(fields.text);
      else notifyRefusal(preview.error);
    }
  }, [preview.error, notifyRefusal]);

  const publish = useMutation({
    mutationFn: () => dataProvider.publishDecision({ caseId, version, text: edited }),
    onSuccess: () => {
      notify('jiandu.publicity.published_done', { type: 'success', messageArgs: { number: caseNumber } });
      refresh();
      onClose();
    },
    onError: (error) => {
      setConfirming(false);
      const fields = fieldErrors(error);
      if (fields.text) {
        setTextError(fields.text);
        setEditing(true);
      } else notifyRefusal(error);
    },
  });

  const startEditing = () => {
    setDraft(edited ?? preview.data?.text ?? '');
    setTextError(undefined);
    setEditing(true);
  };
  const rePreview = () => {
    if (draft.trim() === '') {
      setTextError(translate('ra.validation.required'));
      return;
    }
    setTextError(undefined);
    setEdited(draft);
    setEditing(false);
  };
  const pending = publish.isPending;

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('jiandu.publicity.publish_title', { number: caseNumber })}</DialogTitle>
      <DialogContent>
        {preview.isPending ? (
          <LinearProgress />
        ) : editing ? (
          <TextField
            label={translate('jiandu.publicity.text')}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            multiline
            minRows={6}
            fullWidth
            autoFocus
            error={!!textError}
            helperText={textError ?? translate('jiandu.publicity.text_helper')}
            sx={{ mt: 1 }}
          />
        ) : preview.data ? (
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate(edited === null ? 'jiandu.publicity.preview_hint' : 'jiandu.publicity.preview_hint_edited')}
            </Typography>
            <RedactedText preview={preview.data} />
            <Typography variant="subtitle2">{translate('jiandu.publicity.redactions')}</Typography>
            <RedactionList preview={preview.data} />
            {textError && <Alert severity="error">{textError}</Alert>}
            {confirming && (
              <Alert severity="warning" data-testid="command-confirmation">
                {translate('jiandu.publicity.confirm_publish', { number: caseNumber })}
              </Alert>
            )}
          </Stack>
        ) : (
          <Alert severity="error">{translate('jiandu.publicity.preview_failed')}</Alert>
        )}
      </DialogContent>
      <DialogActions>
        {editing ? (
          <>
            <Button onClick={() => setEditing(false)}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" onClick={rePreview}>
              {translate('jiandu.publicity.re_preview')}
            </Button>
          </>
        ) : confirming ? (
          <>
            <Button onClick={() => setConfirming(false)} disabled={pending}>
              {translate('jiandu.command.back')}
            </Button>
            <Button variant="contained" onClick={() => publish.mutate()} disabled={pending} startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}>
              {translate('jiandu.publicity.confirm_publish_button')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <Button onClick={startEditing} disabled={!preview.data}>
              {translate('jiandu.publicity.edit_text')}
            </Button>
            <Button variant="contained" onClick={() => setConfirming(true)} disabled={!preview.data}>
              {translate('jiandu.publicity.publish')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
