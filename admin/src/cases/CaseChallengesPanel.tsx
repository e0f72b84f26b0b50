/**
 * 行政复议、行政诉讼 of one case (003 第16条; 004 第二十五条): the list (kind, body, filed/accepted dates, the
 * outcome, a 纠错 chip when the outcome corrects the agency, a 审理中 chip while pending) and the two commands,
 * 登记复议/诉讼 and 登记结果, as ActionDialogs. Self-contained: give it the case id.
 *
 * The server decides who may record (the case's handlers, or agency administrators of its subtree) and what
 * is valid (dates, the note a 纠错 outcome needs); its field messages land on the inputs.
 */
import AddIcon from '@mui/icons-material/Add';
import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateInput, SelectInput, TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { SectionTitle } from '../common/SectionTitle';
import { refusalMessage } from '../common/serverErrors';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { CaseChallengeFieldsFragment, ChallengeKind, ChallengeOutcome } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';

type Challenge = CaseChallengeFieldsFragment;

const dateOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

interface ChallengeValues {
  kind: ChallengeKind;
  body: string;
  filedOn: string;
  acceptedOn: string | null;
}

const RecordChallengeDialog = ({ caseId, onClose }: { caseId: string; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  return (
    <ActionDialog<ChallengeValues, Challenge>
      onClose={onClose}
      title="jiandu.challenges.record_title"
      submitLabel="jiandu.challenges.record"
      success="jiandu.challenges.recorded"
      defaultValues={today ? { kind: 'RECONSIDERATION', filedOn: today, acceptedOn: null } : undefined}
      mutationFn={(v) =>
        dataProvider.recordChallenge({
          caseId,
          input: { kind: v.kind, body: text(v.body), filedOn: v.filedOn, acceptedOn: dateOrNull(v.acceptedOn) },
        })
      }
    >
      <SelectInput source="kind" label="jiandu.challenges.fields.kind" choices={enumChoices('ChallengeKind')} validate={required()} fullWidth />
      <TextInput source="body" label="jiandu.challenges.fields.body" helperText="jiandu.challenges.body_helper" validate={requiredText()} fullWidth />
      <DateInput source="filedOn" label="jiandu.challenges.fields.filedOn" helperText="jiandu.challenges.filed_helper" validate={required()} fullWidth />
      <DateInput source="acceptedOn" label="jiandu.challenges.fields.acceptedOn" helperText={false} fullWidth />
    </ActionDialog>
  );
};

interface OutcomeValues {
  outcome: ChallengeOutcome;
  outcomeOn: string;
  outcomeNote: string | null;
  acceptedOn: string | null;
}

const RecordOutcomeDialog = ({ challenge, onClose }: { challenge: Challenge; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  const translate = useTranslate();
  return (
    <ActionDialog<OutcomeValues, Challenge>
      onClose={onClose}
      title="jiandu.challenges.outcome_title"
      titleArgs={{ kind: translate(enumKey('ChallengeKind', challenge.kind)), body: challenge.body }}
      submitLabel="jiandu.challenges.record_outcome"
      success="jiandu.challenges.outcome_recorded"
      defaultValues={today ? { outcomeOn: today, outcomeNote: null, acceptedOn: challenge.acceptedOn ?? null } : undefined}
      mutationFn={(v) =>
        dataProvider.recordChallengeOutcome({
          id: challenge.id,
          version: challenge.version,
          input: {
            outcome: v.outcome,
            outcomeOn: v.outcomeOn,
            outcomeNote: optionalText(v.outcomeNote),
            // sent only when it was not recorded before (the server keeps the recorded one otherwise)
            acceptedOn: challenge.acceptedOn ? null : dateOrNull(v.acceptedOn),
          },
        })
      }
    >
      <SelectInput source="outcome" label="jiandu.challenges.fields.outcome" choices={enumChoices('ChallengeOutcome')} validate={required()} fullWidth />
      <DateInput source="outcomeOn" label="jiandu.challenges.fields.outcomeOn" validate={required()} fullWidth />
      <TextInput source="outcomeNote" label="jiandu.challenges.fields.outcomeNote" helperText="jiandu.challenges.note_helper" multiline minRows={2} fullWidth />
      {!challenge.acceptedOn && <DateInput source="acceptedOn" label="jiandu.challenges.fields.acceptedOn" helperText={false} fullWidth />}
    </ActionDialog>
  );
};

const ChallengeRow = ({ c, mayRecord, onOutcome }: { c: Challenge; mayRecord: boolean; onOutcome(c: Challenge): void }) => {
  const translate = useTranslate();
  return (
    <TableRow data-testid="challenge-row">
      <TableCell>{translate(enumKey('ChallengeKind', c.kind))}</TableCell>
      <TableCell>{c.body}</TableCell>
      <TableCell>{c.filedOn}</TableCell>
      <TableCell>{c.acceptedOn ?? translate('jiandu.common.none')}</TableCell>
      <TableCell>
        {c.outcome ? (
          <Stack spacing={0.5}>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <span>{translate(enumKey('ChallengeOutcome', c.outcome))}</span>
              {c.corrected && <Chip size="small" color="error" label={translate('jiandu.challenges.corrected')} data-testid="corrected-chip" />}
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {c.outcomeOn}
              {c.outcomeNote ? ` · ${c.outcomeNote}` : ''}
            </Typography>
          </Stack>
        ) : (
          <Chip size="small" color="warning" label={translate('jiandu.challenges.pending')} data-testid="pending-chip" />
        )}
      </TableCell>
      <TableCell align="right">
        {c.pending && mayRecord && (
          <Button size="small" startIcon={<GavelIcon />} onClick={() => onOutcome(c)}>
            {translate('jiandu.challenges.record_outcome')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
};

/** The 复议/诉讼 panel of a case page. */
export const CaseChallengesPanel = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  // The server lets only handlers (OFFICER) and agency administrators record; it checks which case again.
  const mayRecord = useHasRole('OFFICER', 'AGENCY_ADMIN');
  const [recording, setRecording] = useState(false);
  const [outcomeOf, setOutcomeOf] = useState<Challenge | null>(null);
  const query = useQuery({ queryKey: ['cases', 'challenges', { id: caseId }], queryFn: () => dataProvider.caseChallenges({ id: caseId }) });
  const c = query.data;
  const decided = !!c?.decidedOn;
  return (
    <Card variant="outlined" data-testid="case-challenges">
      <CardContent>
        <SectionTitle label="jiandu.challenges.title">
          {c?.underChallenge && <Chip size="small" color="warning" label={translate('jiandu.challenges.under_challenge')} />}
          {mayRecord && decided && (
            <Button size="small" startIcon={<AddIcon />} onClick={() => setRecording(true)} sx={{ ml: 'auto' }}>
              {translate('jiandu.challenges.record')}
            </Button>
          )}
        </SectionTitle>
        {query.isPending ? (
          <LinearProgress />
        ) : query.isError ? (
          <Alert severity="error">{translate(refusalMessage(query.error), { _: refusalMessage(query.error) })}</Alert>
        ) : !c || c.challenges.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate(decided ? 'jiandu.challenges.empty' : 'jiandu.challenges.not_decided')}
          </Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('jiandu.challenges.title')}>
              <TableHead>
                <TableRow>
                  {['kind', 'body', 'filedOn', 'acceptedOn', 'outcome'].map((f) => (
                    <TableCell key={f}>{translate(`jiandu.challenges.fields.${f}`)}</TableCell>
                  ))}
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {c.challenges.map((ch) => (
                  <ChallengeRow key={ch.id} c={ch} mayRecord={mayRecord} onOutcome={setOutcomeOf} />
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
      {recording && <RecordChallengeDialog caseId={caseId} onClose={() => setRecording(false)} />}
      {outcomeOf && <RecordOutcomeDialog challenge={outcomeOf} onClose={() => setOutcomeOf(null)} />}
    </Card>
  );
};
