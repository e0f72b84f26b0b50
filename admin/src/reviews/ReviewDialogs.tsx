/**
 * The actions of a review batch (003 第15条), each an ActionDialog over a dataProvider method: a reviewer's scores of
 * one sampled case (the criteria of the batch's pinned version, a reason wherever points are deducted), the automatic
 * check, concluding (final: asks first), and issuing the 监督意见书 to an agency with findings.
 */
import { Box, Stack, Typography } from '@mui/material';
import { NumberInput, TextInput, maxValue, minValue, required, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../common/ActionDialog';
import type { JianduDataProvider } from '../dataProvider';
import type { ReviewBatchRecord, ReviewFile, ReviewSheetRecord } from './types';

type Criteria = ReviewBatchRecord['criteria'];

/** The reason input of one criterion, required (by the server too) once points are deducted. */
const NoteInput = ({ code, max }: { code: string; max: number }) => {
  const score = useWatch({ name: `score_${code}` }) as number | string | undefined;
  const deducted = score !== undefined && score !== '' && Number(score) < max;
  return <TextInput source={`note_${code}`} label="jiandu.reviews.note" multiline fullWidth validate={deducted ? required() : undefined} sx={{ mt: 0 }} />;
};

export function ScoreDialog({ file, sheet, criteria, onClose }: { file: ReviewFile; sheet: ReviewSheetRecord; criteria: Criteria; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const codes = criteria.items.map((c) => c.code);
  const defaults = Object.fromEntries(
    criteria.items.flatMap((c) => {
      const given = sheet.scores.find((s) => s.code === c.code);
      return [[`score_${c.code}`, given?.score ?? c.maxScore], [`note_${c.code}`, given?.note ?? '']];
    }),
  );
  return (
    <ActionDialog
      onClose={onClose}
      title="jiandu.reviews.score_title"
      titleArgs={{ case: file.caseNumber }}
      submitLabel="ra.action.save"
      defaultValues={defaults}
      mutationFn={(values: Record<string, unknown>) => dataProvider.scoreReviewCase({ sheetId: sheet.id, version: sheet.version, codes, values })}
      success="jiandu.reviews.scored"
      maxWidth="md"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="score-criteria">
        {translate('jiandu.reviews.score_criteria', { version: criteria.version, total: criteria.total })}
      </Typography>
      <Stack spacing={1}>
        {criteria.items.map((c) => (
          <Box key={c.code} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '200px 140px 1fr' }, gap: 2, alignItems: 'start' }} data-testid={`criterion-${c.code}`}>
            <Box>
              <Typography variant="subtitle2">{c.name}</Typography>
              <Typography variant="caption" color="text.secondary">
                {c.description}
              </Typography>
            </Box>
            <NumberInput
              source={`score_${c.code}`}
              label={translate('jiandu.reviews.score_max', { max: c.maxScore })}
              min={0}
              max={c.maxScore}
              step={1}
              validate={[required(), minValue(0), maxValue(c.maxScore)]}
            />
            <NoteInput code={c.code} max={c.maxScore} />
          </Box>
        ))}
      </Stack>
    </ActionDialog>
  );
}

export function CheckDialog({ batch, onClose }: { batch: ReviewBatchRecord; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog
      onClose={onClose}
      title="jiandu.reviews.check_title"
      submitLabel="jiandu.reviews.check"
      defaultValues={{}}
      mutationFn={() => dataProvider.runReviewCheck({ id: batch.id, version: batch.version })}
      success="jiandu.reviews.checked"
    >
      <Typography variant="body2">{translate('jiandu.reviews.check_confirm')}</Typography>
    </ActionDialog>
  );
}

export function ConcludeDialog({ batch, onClose }: { batch: ReviewBatchRecord; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog
      onClose={onClose}
      title="jiandu.reviews.conclude_title"
      submitLabel="jiandu.reviews.conclude"
      defaultValues={{}}
      mutationFn={() => dataProvider.concludeReviewBatch({ id: batch.id, version: batch.version })}
      success="jiandu.reviews.concluded"
      confirmation={() => translate('jiandu.reviews.conclude_confirm')}
    >
      <Typography variant="body2">{translate('jiandu.reviews.conclude_confirm')}</Typography>
    </ActionDialog>
  );
}

export function IssueOpinionDialog({ batch, agencyId, agencyName, onClose }: { batch: ReviewBatchRecord; agencyId: string; agencyName: string; onClose(): void }) {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const redirect = useRedirect();
  const notify = useNotify();
  return (
    <ActionDialog
      onClose={onClose}
      title="jiandu.reviews.issue_title"
      titleArgs={{ agency: agencyName }}
      submitLabel="jiandu.reviews.issue_opinion"
      defaultValues={{ requirements: '', rectifyDays: 30 }}
      mutationFn={(v: { requirements: string; rectifyDays: number | string }) =>
        dataProvider.issueReviewOpinion({ batchId: batch.id, agencyId, requirements: v.requirements, rectifyDays: v.rectifyDays === '' ? null : Number(v.rectifyDays) })
      }
      onSuccess={(o) => {
        notify('jiandu.reviews.issued', { type: 'success', messageArgs: { number: o.number } });
        redirect('show', 'opinions', o.id);
      }}
      maxWidth="md"
    >
      <TextInput source="requirements" label="jiandu.reviews.requirements" helperText="jiandu.reviews.requirements_helper" multiline minRows={4} fullWidth />
      <NumberInput source="rectifyDays" label="jiandu.reviews.rectify_days" helperText="jiandu.reviews.rectify_days_helper" min={1} max={90} validate={[minValue(1), maxValue(90)]} />
    </ActionDialog>
  );
}
