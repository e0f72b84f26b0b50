/**
 * The arrangements of an on-site supervision (004 第二十二条), shared by planning and re-planning: what, where,
 * when, the items of 004 第九条 it covers, the related complaints and cases, and the supervisors with their
 * 执法监督证 for that date. Shapes are checked here; the server checks the rest and its messages land on the inputs.
 */
import { Stack } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  DateInput,
  ReferenceArrayInput,
  ReferenceInput,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { requiredText } from '../common/validators';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { MIN_SUPERVISORS, SupervisorPicker } from './SupervisorPicker';

const bySearch = (search: string) => ({ search });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (value: unknown) => (value == null || value === '' || (typeof value === 'string' && TIME.test(value)) ? undefined : 'jiandu.onsite.inspections.time_format');
/** 004 第二十二条: 行政执法监督人员不得少于两人 (the server refuses it too, citing the article). */
const twoOrMore = (value: unknown) => (Array.isArray(value) && new Set(value).size < MIN_SUPERVISORS ? 'jiandu.onsite.inspections.two_supervisors' : undefined);

export const InspectionInputs = ({ withAgency }: { withAgency: boolean }) => (
  <>
    <TextInput source="title" validate={requiredText()} fullWidth helperText="jiandu.onsite.inspections.title_helper" />
    {withAgency && (
      <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteInput filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceInput>
    )}
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', width: '100%' }}>
      <DateInput source="date" validate={required()} fullWidth={false} />
      <TextInput source="startTime" type="time" fullWidth={false} validate={time} helperText="jiandu.onsite.inspections.time_helper" slotProps={{ inputLabel: { shrink: true } }} />
      <TextInput source="endTime" type="time" fullWidth={false} validate={time} helperText={false} slotProps={{ inputLabel: { shrink: true } }} />
    </Stack>
    <TextInput source="place" validate={requiredText()} fullWidth />
    <TextInput source="subject" validate={requiredText()} multiline minRows={2} fullWidth />
    <CheckboxGroupInput source="contents" choices={enumChoices('SupervisionContent')} row={false} helperText="jiandu.onsite.inspections.contents_helper" />
    <SupervisorPickerWithRule />
    <ReferenceArrayInput source="complaintIds" reference="complaints">
      <AutocompleteArrayInput filterToQuery={bySearch} optionText="number" noOptionsText="jiandu.common.no_options" helperText={false} fullWidth />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="caseIds" reference="cases">
      <AutocompleteArrayInput filterToQuery={bySearch} optionText="number" noOptionsText="jiandu.common.no_options" helperText={false} fullWidth />
    </ReferenceArrayInput>
  </>
);

/** When re-planning, the supervisors who withdrew from this inspection are marked (004 第二十一条). */
const SupervisorPickerWithRule = () => {
  const record = useRecordContext<{ supervisors?: { officerId: string; recused: boolean }[] }>();
  return <SupervisorPicker validate={[required(), twoOrMore]} recusedIds={(record?.supervisors ?? []).filter((s) => s.recused).map((s) => s.officerId)} />;
};
