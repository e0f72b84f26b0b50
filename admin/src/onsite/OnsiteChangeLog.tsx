/**
 * 变更记录 of an inspection or a referral (the API's `changeLog(offset, limit)`, newest first, 10 a page): who changed
 * which field when, before → after, fields by the resource's own labels, enum values by their labels. A refused
 * read shows the empty state, never an error (as the common ChangeLog of agencies and officers).
 */
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListContextProvider, Pagination, ReferenceField, TextField, useDataProvider, useList, useTranslate, type ListControllerResult } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { JianduDataProvider } from '../dataProvider';
import type { OnsiteChangeLogFieldsFragment } from '../gql/graphql';
import { enumKey, type EnumName } from '../labels';

type Resource = 'inspections' | 'referrals';

const ENUM_FIELDS: Record<Resource, Record<string, EnumName>> = {
  inspections: { status: 'InspectionStatus', contents: 'SupervisionContent' },
  referrals: { status: 'ReferralStatus', clueKind: 'ReferralClueKind', offence: 'DutyOffence', field: 'PublicInterestField', conduct: 'PublicInterestConduct', recipientKind: 'ReferralRecipientKind' },
};

const Value = ({ resource, field, value }: { resource: Resource; field: string; value: string | null | undefined }) => {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('jiandu.change_log.no_value')}
      </Typography>
    );
  }
  if (field === 'agencyId') {
    return (
      <ReferenceField record={{ id: value, agencyId: value }} source="agencyId" reference="agencies" link={false}>
        <TextField source="name" />
      </ReferenceField>
    );
  }
  const enumName = ENUM_FIELDS[resource][field];
  if (enumName) return <>{value.split('、').map((v) => translate(enumKey(enumName, v), { _: v })).join('、')}</>;
  return <>{value}</>;
};

export const OnsiteChangeLog = ({ resource, id }: { resource: Resource; id: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const query = useQuery<OnsiteChangeLogFieldsFragment>({
    queryKey: [resource, 'changeLog', { id, page, perPage }],
    queryFn: () => {
      const params = { id, offset: (page - 1) * perPage, limit: perPage };
      return resource === 'inspections' ? dataProvider.inspectionChangeLog(params) : dataProvider.referralChangeLog(params);
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
                {e.changes.length === 0 ? (
                  '—'
                ) : (
                  <Stack spacing={0.25} component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                    {e.changes.map((c) => (
                      <Box component="li" key={c.field} data-field={c.field}>
                        <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
                          {translate(`resources.${resource}.fields.${c.field}`, { _: c.field })}：
                        </Typography>
                        <Value resource={resource} field={c.field} value={c.before} /> → <Value resource={resource} field={c.field} value={c.after} />
                      </Box>
                    ))}
                  </Stack>
                )}
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
