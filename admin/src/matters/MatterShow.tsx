import { Alert } from '@mui/material';
import { EditButton, ListButton, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { ChangeLog } from '../common/ChangeLog';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { RecordNameTitle } from '../common/RecordNameTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { MatterQuery } from '../gql/graphql';
import { RetireMatterButton } from './RetireMatterButton';

type MatterRecord = MatterQuery['matter'];

const MatterShowActions = () => {
  const record = useRecordContext<MatterRecord>();
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {mayKeep && record && !record.retired && <EditButton />}
      <RetireMatterButton />
      <ListButton />
    </TopToolbar>
  );
};

/** A retired matter is shown as it was, flagged with when, by whom and why. */
const RetiredBanner = () => {
  const record = useRecordContext<MatterRecord>();
  const translate = useTranslate();
  if (!record?.retired) return null;
  return (
    <Alert severity="warning" data-testid="matter-retired" sx={{ mb: 1 }}>
      {translate('jiandu.matters.retired_banner', { by: record.retiredBy ?? '—', reason: record.retiredReason ?? '—' })}
    </Alert>
  );
};

const MatterChangeLog = () => {
  const record = useRecordContext<MatterRecord>();
  return record ? <ChangeLog resource="matters" id={record.id} /> : null;
};

export const MatterShow = () => (
  <Show queryOptions={showQueryOptions} title={<RecordNameTitle />} actions={<MatterShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.matters.profile">
        <RetiredBanner />
        <TextField source="listSeq" emptyText="—" />
        <EnumField source="category" enumName="MatterCategory" />
        <TextField source="name" />
        <TextField source="legalBasis" />
        <ReferenceField source="agencyId" reference="agencies" link="show" />
        <TextField source="field" emptyText="—" />
        <TextField source="unit" emptyText="—" />
        <DateTimeField source="retiredAt" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changelog">
        <MatterChangeLog />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
