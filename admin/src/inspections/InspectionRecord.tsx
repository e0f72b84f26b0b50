/**
 * 全过程记录 of an on-site supervision (004 第二十二条 对监督活动进行全过程记录): the dated entries oldest first, as a
 * timeline (when, what, who recorded it, the attachments by name, size and SHA-256), and 追加记录 for supervisors
 * until it is concluded. Attachments stay in the 监督机关's archive: the browser computes each file's SHA-256
 * (Web Crypto) and only the name, size and digest are recorded, so the archived copy can be verified later.
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import PostAddIcon from '@mui/icons-material/PostAdd';
import { Alert, Box, Button, LinearProgress, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { DateTimeField } from '../common/DateTimeField';
import { useHasRole } from '../common/roles';
import { refusalMessage } from '../common/serverErrors';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { InspectionAttachmentInput, InspectionDetailFragment } from '../gql/graphql';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** SHA-256 of a file as 64 hex digits (Web Crypto: served over HTTPS or from localhost). */
async function sha256Of(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Now in China time as `YYYY-MM-DDTHH:MM`, the default of the entry's time. */
function chinaNow(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16);
}

interface EntryValues {
  at: string;
  text: string;
}

const AddEntryDialog = ({ inspectionId, onClose }: { inspectionId: string; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const [files, setFiles] = useState<InspectionAttachmentInput[]>([]);
  const [hashing, setHashing] = useState(false);
  const [hashError, setHashError] = useState<string | null>(null);
  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setHashing(true);
    setHashError(null);
    try {
      const picked = await Promise.all([...list].map(async (f) => ({ name: f.name, size: f.size, sha256: await sha256Of(f) })));
      setFiles((prev) => [...prev, ...picked]);
    } catch {
      setHashError(translate('jiandu.onsite.record.hash_failed'));
    } finally {
      setHashing(false);
    }
  };
  return (
    <ActionDialog<EntryValues, unknown>
      onClose={onClose}
      title="jiandu.onsite.record.add_title"
      submitLabel="jiandu.onsite.record.add"
      success="jiandu.onsite.record.added"
      defaultValues={{ at: chinaNow(), text: '' }}
      ready={!hashing}
      mutationFn={(v) => dataProvider.addInspectionEntry({ id: inspectionId, input: { at: `${v.at}:00+08:00`, text: text(v.text), attachments: files } })}
    >
      <TextInput source="at" label="jiandu.onsite.record.at" type="datetime-local" validate={required()} helperText="jiandu.onsite.record.at_helper" slotProps={{ inputLabel: { shrink: true } }} />
      <TextInput source="text" label="jiandu.onsite.record.text" validate={requiredText()} multiline minRows={3} fullWidth helperText="jiandu.onsite.record.text_helper" />
      <Stack spacing={1}>
        <Button component="label" size="small" startIcon={<AttachFileIcon />} sx={{ alignSelf: 'flex-start' }}>
          {translate('jiandu.onsite.record.attach')}
          <input hidden type="file" multiple data-testid="entry-files" onChange={(e) => void pick(e.target.files)} />
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate('jiandu.onsite.record.attach_helper')}
        </Typography>
        {hashing && <LinearProgress />}
        {hashError && <Alert severity="error">{hashError}</Alert>}
        {files.map((f) => (
          <Typography key={`${f.name}-${f.sha256}`} variant="body2" data-testid="entry-file">
            {f.name}（{formatBytes(f.size ?? 0)}）<Box component="span" sx={{ fontFamily: 'monospace', ml: 1 }}>{f.sha256.slice(0, 12)}…</Box>
          </Typography>
        ))}
      </Stack>
    </ActionDialog>
  );
};

/** The record of one inspection, self-contained: give it the inspection. */
export const InspectionRecord = ({ inspection }: { inspection: InspectionDetailFragment }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const supervisor = useHasRole('SUPERVISOR');
  const [adding, setAdding] = useState(false);
  const query = useQuery({ queryKey: ['inspections', 'entries', { id: inspection.id }], queryFn: () => dataProvider.inspectionEntries({ id: inspection.id }) });
  const open = inspection.status === 'PLANNED' || inspection.status === 'CARRIED_OUT';
  const entries = query.data?.items ?? [];
  return (
    <Box data-testid="inspection-record">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('jiandu.onsite.record.rule')}
        </Typography>
        {supervisor && open && (
          <Button size="small" variant="outlined" startIcon={<PostAddIcon />} onClick={() => setAdding(true)}>
            {translate('jiandu.onsite.record.add')}
          </Button>
        )}
      </Stack>
      {query.isPending ? (
        <LinearProgress />
      ) : query.isError ? (
        <Alert severity="error">{translate(refusalMessage(query.error), { _: refusalMessage(query.error) })}</Alert>
      ) : entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="record-empty">
          {translate('jiandu.onsite.record.empty')}
        </Typography>
      ) : (
        <Stack component="ol" spacing={0} sx={{ listStyle: 'none', m: 0, p: 0, borderLeft: 2, borderColor: 'primary.light', ml: 1 }}>
          {entries.map((e) => (
            <Box component="li" key={e.id} sx={{ position: 'relative', pl: 3, pb: 2 }} data-testid="record-entry">
              <Box sx={{ position: 'absolute', left: -7, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: 'primary.main' }} />
              <Paper variant="outlined" sx={{ p: 1.5 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }} useFlexGap>
                  <Typography variant="subtitle2">#{e.seq}</Typography>
                  <Typography variant="subtitle2">
                    <DateTimeField record={e} source="at" />
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {translate('jiandu.onsite.record.recorded_by', { name: e.recordedBy })}
                  </Typography>
                </Stack>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                  {e.text}
                </Typography>
                {e.attachments.map((a) => (
                  <Stack key={a.sha256 + a.name} direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
                    <AttachFileIcon fontSize="small" color="action" />
                    <Typography variant="body2">{a.name}</Typography>
                    {a.size != null && (
                      <Typography variant="caption" color="text.secondary">
                        {formatBytes(a.size)}
                      </Typography>
                    )}
                    <Tooltip title={a.sha256}>
                      <Typography variant="caption" sx={{ fontFamily: 'monospace' }} data-sha256={a.sha256}>
                        SHA-256 {a.sha256.slice(0, 8)}…{a.sha256.slice(-4)}
                      </Typography>
                    </Tooltip>
                  </Stack>
                ))}
              </Paper>
            </Box>
          ))}
        </Stack>
      )}
      {adding && <AddEntryDialog inspectionId={inspection.id} onClose={() => setAdding(false)} />}
    </Box>
  );
};
