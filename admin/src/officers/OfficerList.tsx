import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextArrayField,
  TopToolbar,
} from 'react-admin';
import { CertificateStatusField } from '../certificates/CertificateStatusChip';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { EnumField } from '../common/EnumField';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { ExportOfficersButton, ImportOfficersButton } from './OfficerCsv';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="employmentStatus" source="employmentStatus" choices={enumChoices('EmploymentStatus')} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
    <AutocompleteInput filterToQuery={(search: string) => ({ search })} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
];

/** Registering and importing officers is for those who keep the records; the server refuses anyone else anyway. */
const OfficerListActions = () => {
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar>
      <FilterButton />
      {mayKeep && <CreateButton />}
      {mayKeep && <ImportOfficersButton />}
      <ExportOfficersButton />
    </TopToolbar>
  );
};

export const OfficerList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'listSeq', order: 'ASC' }} actions={<OfficerListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="listSeq" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="name" />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="region" disableSort />
      <DataTable.Col source="fields" disableSort field={TextArrayField} />
      <DataTable.Col source="employmentStatus" disableSort>
        <EnumField source="employmentStatus" enumName="EmploymentStatus" />
      </DataTable.Col>
      <DataTable.Col source="certificate.number" disableSort />
      <DataTable.Col source="certificate.status" disableSort>
        <CertificateStatusField source="certificate.status" />
      </DataTable.Col>
    </DataTable>
  </List>
);
