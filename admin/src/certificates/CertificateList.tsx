import BoltIcon from '@mui/icons-material/Bolt';
import { Card, CardContent } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  FilterList,
  FilterListItem,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextArrayField,
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { REF_PROJECTION } from '../dataProvider';
import type { CertificatesQuery } from '../gql/graphql';
import { enumChoices } from '../labels';
import { CertificateStatusField } from './CertificateStatusChip';
import { ReviewChip } from './ReviewChip';

type CertificateRow = CertificatesQuery['certificates']['items'][number];

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('CertificateStatus')} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }} alwaysOn>
    <AutocompleteInput filterToQuery={(search: string) => ({ search })} noOptionsText="jiandu.common.no_options" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices('CertificateKind')} />,
];

/**
 * 快速筛选: what certificate administrators look for every day. Each toggles one filter of the API
 * (status SUSPENDED, status REVIEW_OVERDUE, expiringWithinDays 30); the status ones show in the status
 * filter too.
 */
const QuickFilters = () => (
  <Card variant="outlined" sx={{ order: -1, mr: 2, mt: 8, width: 200, flexShrink: 0, alignSelf: 'flex-start', display: { xs: 'none', md: 'block' } }}>
    <CardContent sx={{ pt: 1 }}>
      <FilterList label="jiandu.certificates.quick_filters" icon={<BoltIcon />}>
        <FilterListItem label="jiandu.certificates.quick.suspended" value={{ status: 'SUSPENDED', expiringWithinDays: undefined }} />
        <FilterListItem label="jiandu.certificates.quick.review_overdue" value={{ status: 'REVIEW_OVERDUE', expiringWithinDays: undefined }} />
        <FilterListItem label="jiandu.certificates.quick.expiring" value={{ expiringWithinDays: 30, status: undefined }} />
      </FilterList>
    </CardContent>
  </Card>
);

const ReviewCell = (_: { label?: string }) => {
  const record = useRecordContext<CertificateRow>();
  return record ? <ReviewChip review={record.review} /> : null;
};

export const CertificateList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'number', order: 'ASC' }} aside={<QuickFilters />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="kind" disableSort>
        <EnumField source="kind" enumName="CertificateKind" />
      </DataTable.Col>
      <DataTable.Col source="officerId" disableSort>
        <ReferenceField source="officerId" reference="officers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="fields" disableSort field={TextArrayField} />
      <DataTable.Col source="region" disableSort />
      <DataTable.Col source="issuedOn" />
      <DataTable.Col source="validUntil" />
      <DataTable.Col source="status" disableSort>
        <CertificateStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="review" disableSort>
        <ReviewCell />
      </DataTable.Col>
    </DataTable>
  </List>
);
