/**
 * 变更记录 (change log) of an agency or an officer, as a tab of its page: who changed which field and when,
 * newest first, before → after, paged like a react-admin list (its <Pagination>, the API's offset/limit).
 * Field names are the resource's own field labels (`resources.<resource>.fields.<field>`), enum values
 * their Chinese labels, agency ids the agency's name; personal data comes masked by the API.
 * The API refuses the log to users outside the record's scope: they see the empty state, no error.
 */
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListContextProvider, Pagination, ReferenceField, TextField, useDataProvider, useList, useTranslate, type ListControllerResult } from 'react-admin';
import type { JianduDataProvider } from '../dataProvider';
import type { ChangeLogFieldsFragment } from '../gql/graphql';
import { enumKey, type EnumName } from '../labels';
import { DateTimeField } from './DateTimeField';

type Entry = ChangeLogFieldsFragment['items'][number];
type ChangeLogResource = 'agencies' | 'officers' | 'matters' | 'cases' | 'complaints' | 'sanctions' | 'notices' | 'supervision-decisions';

/** Fields whose logged value is an enum value (or several, joined by 、), by resource. */
const ENUM_FIELDS: Record<ChangeLogResource, Record<string, EnumName>> = {
  agencies: { level: 'AgencyLevel' },
  officers: { employmentStatus: 'EmploymentStatus', duties: 'Duty' },
  matters: { category: 'MatterCategory' },
  cases: { category: 'MatterCategory', stage: 'CaseStage', majorGrounds: 'MajorGround', decisionKinds: 'DecisionKind', correction: 'CaseCorrectionKind' },
  complaints: { channel: 'ComplaintChannel', status: 'ComplaintStatus', finding: 'ComplaintFinding', repliedVia: 'ReplyMethod' },
  sanctions: { ground: 'SanctionGround', effectState: 'SanctionEffectState' },
  notices: { status: 'NoticeStatus', grounds: 'NoticeGround', objectionOutcome: 'ObjectionOutcome' },
  'supervision-decisions': { type: 'SupervisionDecisionType', effect: 'DecisionEffectState' },
};

/** Fields whose logged value is an agency id: shown as the agency's name. */
const AGENCY_FIELDS = new Set(['parentId', 'agencyId']);

const Value = ({ resource, field, value }: { resource: ChangeLogResource; field: string; value: string | null | undefined }) => {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('jiandu.change_log.no_value')}
      </Typography>
    );
  }
  if (AGENCY_FIELDS.has(field)) {
    return (
      <ReferenceField record={{ id: value, agencyId: value }} source="agencyId" reference="agencies" link={false}>
        <TextField source="name" />
      </ReferenceField>
    );
  }
  const enumName = ENUM_FIELDS[resource][field];
  if (enumName) return <>{value.split('、').map((v) => translate(enumKey(enumName, v), { _: v })).join('、')}</>;
  if (value === 'true' || value === 'false') return <>{translate(`ra.boolean.${value}`)}</>;
  return <>{value}</>;
};

const Changes = ({ resource, entry }: { resource: ChangeLogResource; entry: Entry }) => {
  const translate = useTranslate();
  if (entry.changes.length === 0) return <>—</>;
  return (
    <Stack spacing={0.25} component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {entry.changes.map((c) => (
        <Box component="li" key={c.field} data-field={c.field}>
          <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
            {translate(`resources.${resource}.fields.${c.field}`, { _: c.field })}：
          </Typography>
          <Value resource={resource} field={c.field} value={c.before} /> → <Value resource={resource} field={c.field} value={c.after} />
        </Box>
      ))}
    </Stack>
  );
};

export const ChangeLog = ({ resource, id }: { resource: ChangeLogResource; id: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const query = useQuery({
    queryKey: [resource, 'changeLog', { id, page, perPage }],
    queryFn: () => {
      const params = { id, offset: (page - 1) * perPage, limit: perPage };
      if (resource === 'agencies') return dataProvider.agencyChangeLog(params);
      if (resource === 'matters') return dataProvider.matterChangeLog(params);
      if (resource === 'cases') return dataProvider.caseChangeLog(params);
      if (resource === 'complaints') return dataProvider.complaintChangeLog(params);
      if (resource === 'sanctions') return dataProvider.sanctionChangeLog(params);
      if (resource === 'notices') return dataProvider.noticeChangeLog(params);
      if (resource === 'supervision-decisions') return dataProvider.supervisionDecisionChangeLog(params);
      return dataProvider.officerChangeLog(params);
    },
    placeholderData: keepPreviousData,
    retry: false,
  });
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const list = useList({ data: items, perPage: Math.max(items.length, 1) });
  if (query.isPending) return null;
  if (query.isError || total === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid="change-log-empty">
        {translate('jiandu.change_log.empty')}
      </Typography>
    );
  }
  // The API pages; react-admin's <Pagination> reads page, perPage and total from this list context.
  const context = {
    ...list,
    page,
    perPage,
    total,
    setPage,
    setPerPage: (n: number) => {
      setPerPage(n);
      setPage(1);
    },
    hasPreviousPage: page > 1,
    hasNextPage: page * perPage < total,
    isPending: false,
    isFetching: query.isFetching,
  } as ListControllerResult;
  return (
    <Box data-testid="change-log">
      <Table size="small" aria-label={translate('jiandu.change_log.tab')}>
        <TableHead>
          <TableRow>
            {['at', 'actor', 'action', 'changes'].map((c) => (
              <TableCell key={c}>{translate(`jiandu.change_log.${c}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((e) => (
            <TableRow key={e.id} data-testid="change-log-entry">
              <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                <DateTimeField record={e} source="at" />
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>{e.actorName ?? '—'}</TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>{e.action}</TableCell>
              <TableCell>
                <Changes resource={resource} entry={e} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ListContextProvider value={context}>
        <Pagination rowsPerPageOptions={[10, 25, 50]} />
      </ListContextProvider>
    </Box>
  );
};
