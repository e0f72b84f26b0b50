/**
 * 全过程记录 of a case (004 第十五条; 002 三项制度 (三)), self-contained for the case's page and the full view
 * `/cases/:id/record`: the hash-chained entries oldest first, paged (seq, stage, kind, what, who, when, the file
 * opened with the session's token, its SHA-256 shortened with a copy button); 添加记录 for a handler (a file is
 * uploaded first through the gateway, then named by the entry); 核验记录 re-computes the chain on the server and
 * says 完整, or names the first broken entry and why.
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DescriptionIcon from '@mui/icons-material/Description';
import GppBadIcon from '@mui/icons-material/GppBad';
import MicIcon from '@mui/icons-material/Mic';
import NoteAltIcon from '@mui/icons-material/NoteAlt';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import PostAddIcon from '@mui/icons-material/PostAdd';
import VerifiedIcon from '@mui/icons-material/Verified';
import VideocamIcon from '@mui/icons-material/Videocam';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactElement } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { fieldErrors, useNotifyRefusal } from '../common/serverErrors';
import type { JianduDataProvider } from '../dataProvider';
import { openRecordFile, uploadFile, type UploadedFile } from '../dataProvider/record';
import type { RecordEntryFieldsFragment, RecordKind, VerifyRecordQuery } from '../gql/graphql';
import { enumKey } from '../labels';

type RecordVerification = VerifyRecordQuery['verifyRecord'];

const KIND_ICON: Record<RecordKind, ReactElement> = {
  TEXT: <NoteAltIcon fontSize="small" />,
  PHOTO: <PhotoCameraIcon fontSize="small" />,
  AUDIO: <MicIcon fontSize="small" />,
  VIDEO: <VideocamIcon fontSize="small" />,
  DOCUMENT: <DescriptionIcon fontSize="small" />,
};

const KINDS: RecordKind[] = ['TEXT', 'PHOTO', 'AUDIO', 'VIDEO', 'DOCUMENT'];

/** What the file picker offers for a kind (the server checks the media type again: image/* for 照片…). */
const ACCEPT: Record<RecordKind, string | undefined> = { TEXT: undefined, PHOTO: 'image/*', AUDIO: 'audio/*', VIDEO: 'video/*', DOCUMENT: undefined };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

const Digest = ({ sha256 }: { sha256: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      notify('jiandu.record.copied', { type: 'info' });
    } catch {
      notify('jiandu.record.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Stack direction="row" spacing={0.25} component="span" sx={{ alignItems: 'center' }}>
      <Tooltip title={sha256}>
        <Typography component="span" variant="caption" sx={{ fontFamily: 'monospace' }} data-testid="record-sha256" data-sha256={sha256}>
          {sha256.slice(0, 8)}…{sha256.slice(-4)}
        </Typography>
      </Tooltip>
      <IconButton size="small" aria-label={translate('jiandu.record.copy_sha256')} onClick={() => void copy()}>
        <ContentCopyIcon sx={{ fontSize: 14 }} />
      </IconButton>
    </Stack>
  );
};

const FileLink = ({ entry }: { entry: RecordEntryFieldsFragment }) => {
  const notifyRefusal = useNotifyRefusal();
  const [busy, setBusy] = useState(false);
  if (!entry.fileUrl) return null;
  const open = async () => {
    setBusy(true);
    try {
      await openRecordFile(entry.fileUrl!, entry.fileName);
    } catch (error) {
      notifyRefusal(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={0.25}>
      <Link component="button" type="button" variant="body2" onClick={() => void open()} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, textAlign: 'left' }} data-testid="record-file">
        {busy ? <CircularProgress size={12} /> : <AttachFileIcon sx={{ fontSize: 16 }} />}
        {entry.fileName}
      </Link>
      <Typography variant="caption" color="text.secondary">
        {entry.mediaType}
        {entry.fileSize != null ? ` · ${formatBytes(entry.fileSize)}` : ''}
      </Typography>
      {entry.fileSha256 && <Digest sha256={entry.fileSha256} />}
    </Stack>
  );
};

/** The result of 核验记录: green 完整, or red naming the first broken entry and the reason. */
const VerificationResult = ({ result }: { result: RecordVerification }) => {
  const translate = useTranslate();
  if (result.ok) {
    return (
      <Alert severity="success" icon={<VerifiedIcon />} data-testid="record-verification" data-ok="true">
        <AlertTitle>{translate('jiandu.record.intact')}</AlertTitle>
        {translate('jiandu.record.intact_detail', { smart_count: result.entries })}
        {result.headHash && (
          <Typography variant="caption" component="div" sx={{ wordBreak: 'break-all' }}>
            {translate('jiandu.record.head_hash')}：
            <Box component="span" sx={{ fontFamily: 'monospace' }} data-testid="record-head-hash">
              {result.headHash}
            </Box>
          </Typography>
        )}
      </Alert>
    );
  }
  return (
    <Alert severity="error" icon={<GppBadIcon />} data-testid="record-verification" data-ok="false" role="alert">
      <AlertTitle>{translate('jiandu.record.broken', { seq: result.firstBrokenSeq ?? '?' })}</AlertTitle>
      {result.reason}
    </Alert>
  );
};

interface AddValues {
  kind: RecordKind;
  description: string;
}

/** 添加记录: kind, what it records, and for anything but text a file, uploaded first (progress shown), then recorded. */
const AddEntryDialog = ({ caseId, onClose, onAdded }: { caseId: string; onClose(): void; onAdded(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const titleId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<AddValues>({ kind: 'TEXT', description: '' });
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<{ file: File; stored: UploadedFile } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const needsFile = values.kind !== 'TEXT';

  const add = useMutation({
    mutationFn: async () => {
      let stored: UploadedFile | undefined;
      if (needsFile && file) {
        if (uploaded?.file === file) stored = uploaded.stored;
        else {
          setProgress(0);
          stored = await uploadFile(file, setProgress);
          setUploaded({ file, stored });
        }
      }
      return dataProvider.addRecordEntry({
        caseId,
        input: {
          kind: values.kind,
          description: values.description.trim(),
          ...(stored ? { fileSha256: stored.sha256, fileName: stored.fileName, mediaType: stored.mediaType } : {}),
        },
      });
    },
    onSuccess: (entry) => {
      notify('jiandu.record.added', { type: 'success', messageArgs: { seq: entry.seq } });
      onAdded();
      onClose();
    },
    onError: (error) => {
      setProgress(null);
      const fields = fieldErrors(error);
      // fileSha256 / fileName / mediaType are about the file: shown under the picker
      const mapped: Record<string, string> = {};
      for (const [k, v] of Object.entries(fields)) mapped[k === 'fileSha256' || k === 'fileName' || k === 'mediaType' ? 'file' : k] = v;
      setErrors(mapped);
      const shown = new Set(['kind', 'description', 'file']);
      if (Object.keys(mapped).length === 0 || Object.keys(mapped).some((k) => !shown.has(k))) notifyRefusal(error);
    },
  });

  const submit = () => {
    const local: Record<string, string> = {};
    if (values.description.trim() === '') local.description = translate('ra.validation.required');
    if (needsFile && !file) local.file = translate('jiandu.record.file_required');
    setErrors(local);
    if (Object.keys(local).length === 0) add.mutate();
  };
  const pending = add.isPending;

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('jiandu.record.add_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={translate('jiandu.record.kind')}
            value={values.kind}
            onChange={(e) => {
              setValues({ ...values, kind: e.target.value as RecordKind });
              setErrors({});
            }}
            error={!!errors.kind}
            helperText={errors.kind}
            disabled={pending}
          >
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(enumKey('RecordKind', k))}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate('jiandu.record.description')}
            value={values.description}
            onChange={(e) => setValues({ ...values, description: e.target.value })}
            multiline
            minRows={2}
            required
            error={!!errors.description}
            helperText={errors.description ?? translate(needsFile ? 'jiandu.record.description_file_helper' : 'jiandu.record.description_helper')}
            disabled={pending}
          />
          {needsFile && (
            <Box>
              <input
                ref={fileInput}
                type="file"
                hidden
                accept={ACCEPT[values.kind]}
                data-testid="record-file-input"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setErrors({ ...errors, file: '' });
                }}
              />
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Button variant="outlined" startIcon={<AttachFileIcon />} onClick={() => fileInput.current?.click()} disabled={pending}>
                  {translate('jiandu.record.choose_file')}
                </Button>
                <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'} data-testid="record-chosen-file">
                  {file ? `${file.name} · ${formatBytes(file.size)}` : translate('jiandu.record.no_file')}
                </Typography>
              </Stack>
              {errors.file && (
                <Typography variant="caption" color="error" role="alert">
                  {errors.file}
                </Typography>
              )}
              {progress !== null && (
                <Box sx={{ mt: 1 }}>
                  <LinearProgress variant="determinate" value={Math.round(progress * 100)} />
                  <Typography variant="caption" color="text.secondary">
                    {translate('jiandu.record.uploading', { percent: Math.round(progress * 100) })}
                  </Typography>
                </Box>
              )}
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={submit} disabled={pending} startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}>
          {translate('jiandu.record.add')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export function CaseRecordTab({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const queryClient = useQueryClient();
  const notifyRefusal = useNotifyRefusal();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [adding, setAdding] = useState(false);
  const [verification, setVerification] = useState<RecordVerification | null>(null);
  const queryKey = ['jiandu', 'caseRecord', caseId];
  const record = useQuery({
    queryKey: [...queryKey, page, perPage],
    queryFn: () => dataProvider.caseRecord({ id: caseId, offset: page * perPage, limit: perPage }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const verify = useMutation({
    mutationFn: () => dataProvider.verifyRecord({ caseId }),
    onMutate: () => setVerification(null),
    onSuccess: (result) => setVerification(result),
    onError: (error) => notifyRefusal(error),
  });

  const total = record.data?.record.total ?? 0;
  const afterAdd = () => {
    setVerification(null);
    // the new entry is the last: show the last page
    const last = Math.max(0, Math.ceil((total + 1) / perPage) - 1);
    setPage(last);
    void queryClient.invalidateQueries({ queryKey });
  };

  return (
    <Box data-testid="case-record">
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('jiandu.record.summary', { smart_count: total })}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" startIcon={verify.isPending ? <CircularProgress size={16} /> : <VerifiedIcon />} onClick={() => verify.mutate()} disabled={verify.isPending}>
            {translate('jiandu.record.verify')}
          </Button>
          {canRecord && (
            <Button variant="contained" startIcon={<PostAddIcon />} onClick={() => setAdding(true)}>
              {translate('jiandu.record.add')}
            </Button>
          )}
        </Stack>
      </Stack>
      {verification && (
        <Box sx={{ mb: 2 }}>
          <VerificationResult result={verification} />
        </Box>
      )}
      {record.isPending ? (
        <LinearProgress />
      ) : record.error ? (
        <Alert severity="error">{translate(record.error.message, { _: record.error.message })}</Alert>
      ) : total === 0 ? (
        <Alert severity="info">{translate('jiandu.record.empty')}</Alert>
      ) : (
        <>
          <Table size="small" aria-label={translate('jiandu.record.title')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 56 }}>{translate('jiandu.record.seq')}</TableCell>
                <TableCell>{translate('jiandu.record.stage')}</TableCell>
                <TableCell>{translate('jiandu.record.kind')}</TableCell>
                <TableCell>{translate('jiandu.record.description')}</TableCell>
                <TableCell>{translate('jiandu.record.file')}</TableCell>
                <TableCell>{translate('jiandu.record.actor')}</TableCell>
                <TableCell>{translate('jiandu.record.recorded_at')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.data.record.items.map((e) => (
                <TableRow
                  key={e.id}
                  data-testid="record-entry"
                  data-seq={e.seq}
                  sx={verification && !verification.ok && verification.firstBrokenSeq === e.seq ? { bgcolor: 'error.50', outline: '2px solid', outlineColor: 'error.main' } : undefined}
                >
                  <TableCell>{e.seq}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(enumKey('CaseStage', e.stage))}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      {KIND_ICON[e.kind]}
                      <span>{translate(enumKey('RecordKind', e.kind))}</span>
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>{e.description}</TableCell>
                  <TableCell>
                    <FileLink entry={e} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.actorName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <DateTimeField record={e} source="recordedAt" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={total}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={[10, 25, 50, 100]}
            onPageChange={(_, p) => setPage(p)}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
          />
        </>
      )}
      {adding && <AddEntryDialog caseId={caseId} onClose={() => setAdding(false)} onAdded={afterAdd} />}
    </Box>
  );
}
