/**
 * 下发监督通知书 (004 第二十三条) in a few clicks: from a complaint (`#/notices/create?complaintId=…`) or a case
 * (`?caseId=…`) or an unmended 监督意见书 (`?opinionId=…`, 003 第15条: 逾期未整改完毕的) the form starts with the supervised
 * agency, the complaint, case or opinion's cases linked and the facts drafted;
 * the supervisor ticks the grounds, completes the facts and the requirement and issues it. The number is given by
 * the server in his body's series; its field messages land on the inputs.
 */
import { LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  AutocompleteArrayInput, AutocompleteInput, CheckboxGroupInput, Create, ReferenceArrayInput, ReferenceInput, SimpleForm, TextInput, required, useDataProvider, useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useWatch } from 'react-hook-form';
import { requiredText } from '../common/validators';
import { REF_PROJECTION, type JianduDataProvider } from '../dataProvider';
import { enumChoices } from '../labels';

const bySearch = (search: string) => ({ search });
const atLeastOne = (value: unknown) => (!Array.isArray(value) || value.length === 0 ? 'jiandu.notices.ground_required' : undefined);

/** Cases and complaints of the chosen agency (the server checks the subtree again). */
const LinkInputs = () => {
  const agencyId = useWatch({ name: 'agencyId' }) as string | undefined;
  const filter = agencyId ? { agencyId } : {};
  return (
    <>
      <ReferenceArrayInput source="caseIds" reference="cases" filter={filter}>
        <AutocompleteArrayInput filterToQuery={bySearch} optionText="number" helperText="jiandu.notices.cases_helper" noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="complaintIds" reference="complaints" filter={filter}>
        <AutocompleteArrayInput filterToQuery={bySearch} optionText="number" helperText="jiandu.notices.complaints_helper" noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceArrayInput>
    </>
  );
};

/** The form's starting values: empty, or drafted from the complaint or case the clerk came from. */
function usePrefill(): { ready: boolean; values: Record<string, unknown> } {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const params = new URLSearchParams(useLocation().search);
  const complaintId = params.get('complaintId');
  const caseId = params.get('caseId');
  const complaint = useQuery({ queryKey: ['notices', 'source', 'complaint', complaintId], queryFn: () => dataProvider.noticeSourceComplaint({ id: complaintId! }), enabled: !!complaintId, retry: false });
  const kase = useQuery({ queryKey: ['notices', 'source', 'case', caseId], queryFn: () => dataProvider.noticeSourceCase({ id: caseId! }), enabled: !!caseId, retry: false });
  const opinionId = params.get('opinionId');
  const opinion = useQuery({ queryKey: ['notices', 'source', 'opinion', opinionId], queryFn: () => dataProvider.noticeSourceOpinion({ id: opinionId! }), enabled: !!opinionId, retry: false });
  const base = { grounds: [], caseIds: [], complaintIds: [], facts: '', requirement: '' };
  if ((complaintId && complaint.isPending) || (caseId && kase.isPending) || (opinionId && opinion.isPending)) return { ready: false, values: base };
  if (opinion.data) {
    const o = opinion.data;
    const cases = o.findings.map((f) => `${f.caseNumber}（${f.reasons.join('；')}）`).join('；');
    return {
      ready: true,
      values: {
        ...base, agencyId: o.agencyId, opinionId: o.id, caseIds: [...new Set(o.findings.map((f) => f.caseId))], grounds: ['SYSTEM_IRREGULAR'],
        facts: translate('jiandu.notices.facts_from_opinion', { number: o.number, cases }), requirement: o.requirements,
      },
    };
  }
  if (complaint.data) {
    const c = complaint.data;
    return { ready: true, values: { ...base, agencyId: c.agencyId, complaintIds: [c.id], facts: translate('jiandu.notices.facts_from_complaint', { number: c.number, content: c.content }) } };
  }
  if (kase.data) {
    const c = kase.data;
    return { ready: true, values: { ...base, agencyId: c.agencyId, caseIds: [c.id], facts: translate('jiandu.notices.facts_from_case', { number: c.number, cause: c.cause }) } };
  }
  return { ready: true, values: base };
}

export const NoticeCreate = () => {
  const { ready, values } = usePrefill();
  if (!ready) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Create redirect="show" title="jiandu.notices.issue">
      <SimpleForm defaultValues={values} sx={{ maxWidth: 1000 }}>
        <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
          <AutocompleteInput filterToQuery={bySearch} validate={required()} helperText="jiandu.notices.agency_helper" noOptionsText="jiandu.common.no_options" fullWidth />
        </ReferenceInput>
        <CheckboxGroupInput source="grounds" choices={enumChoices('NoticeGround')} row={false} validate={atLeastOne} helperText="jiandu.notices.grounds_helper" />
        <TextInput source="facts" validate={requiredText()} multiline minRows={4} fullWidth />
        <TextInput source="requirement" validate={requiredText()} multiline minRows={3} fullWidth helperText="jiandu.notices.requirement_helper" />
        <LinkInputs />
      </SimpleForm>
    </Create>
  );
};
