/**
 * 重大执法决定法制审核目录 of an agency (004 第十六条 last paragraph), on the agency's page: the matters and
 * fine amounts that make a decision major, with the catalogue's own wording. Staff of the agency's subtree
 * read it; the keepers of its list add and remove entries. The case-level grounds of 第十六条 (一)–(五) are
 * judged per case, not listed here.
 */
import AddIcon from '@mui/icons-material/Add';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AutocompleteInput, FormDataConsumer, NumberInput, RadioButtonGroupInput, ReferenceField, ReferenceInput, TextField, TextInput,
  minValue, number, required, useDataProvider, useNotify, useRecordContext, useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { useNotifyRefusal } from '../common/serverErrors';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { MajorReviewKind } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';

interface EntryValues {
  kind: MajorReviewKind;
  matterId: string | null;
  minimumYuan: number | null;
  sourceText: string;
}

const AddEntryDialog = ({ agencyId, onClose, onDone }: { agencyId: string; onClose(): void; onDone(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog<EntryValues, unknown>
      onClose={onClose}
      title="jiandu.matters.catalogue_add"
      submitLabel="ra.action.save"
      defaultValues={{ kind: 'FINE_AMOUNT', matterId: null, minimumYuan: null, sourceText: '' }}
      mutationFn={(v) =>
        dataProvider.addMajorReviewEntry({
          input: {
            agencyId,
            kind: v.kind,
            matterId: v.kind === 'MATTER' ? v.matterId : null,
            minimumYuan: v.kind === 'FINE_AMOUNT' && v.minimumYuan != null ? Number(v.minimumYuan) : null,
            sourceText: text(v.sourceText),
          },
        })
      }
      success="jiandu.matters.catalogue_added"
      onSuccess={onDone}
    >
      <RadioButtonGroupInput source="kind" label="jiandu.matters.catalogue_col.kind" choices={enumChoices('MajorReviewKind')} validate={required()} />
      <FormDataConsumer<EntryValues>>
        {({ formData }) =>
          formData.kind === 'MATTER' ? (
            <ReferenceInput source="matterId" reference="matters" filter={{ agencyId }}>
              <AutocompleteInput label="jiandu.matters.catalogue_col.matter" filterToQuery={(search: string) => ({ search })} validate={required()} fullWidth noOptionsText="jiandu.common.no_options" />
            </ReferenceInput>
          ) : (
            <NumberInput source="minimumYuan" label="jiandu.matters.catalogue_col.minimum" validate={[required(), number(), minValue(1)]} step={1} helperText="jiandu.matters.minimum_helper" />
          )
        }
      </FormDataConsumer>
      <TextInput source="sourceText" label="jiandu.matters.catalogue_col.source" validate={requiredText()} multiline minRows={2} fullWidth />
    </ActionDialog>
  );
};

export const MajorReviewCatalogue = () => {
  const agency = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: ['agencies', 'majorReviewCatalogue', agency?.id],
    queryFn: () => dataProvider.majorReviewCatalogue({ agencyId: agency!.id }),
    enabled: !!agency,
    retry: false,
  });
  const remove = useMutation({
    mutationFn: (e: { id: string; version: number }) => dataProvider.removeMajorReviewEntry(e),
    onSuccess: () => {
      notify('jiandu.matters.catalogue_removed', { type: 'success' });
      void query.refetch();
    },
    onError: (error) => {
      notifyRefusal(error);
      void query.refetch();
    },
  });
  if (!agency || query.isPending) return null;
  const entries = query.data ?? [];
  return (
    <div data-testid="major-review-catalogue">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.matters.catalogue_help')}
      </Typography>
      {entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{translate('jiandu.matters.catalogue_empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('jiandu.matters.catalogue_col.kind')}</TableCell>
              <TableCell>{translate('jiandu.matters.catalogue_col.what')}</TableCell>
              <TableCell>{translate('jiandu.matters.catalogue_col.source')}</TableCell>
              {mayKeep && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{translate(enumKey('MajorReviewKind', e.kind))}</TableCell>
                <TableCell>
                  {e.matterId ? (
                    <ReferenceField record={{ id: e.id, matterId: e.matterId }} source="matterId" reference="matters" link="show">
                      <TextField source="name" />
                    </ReferenceField>
                  ) : (
                    translate('jiandu.matters.minimum_value', { amount: (e.minimumYuan ?? 0).toLocaleString('zh-CN') })
                  )}
                </TableCell>
                <TableCell>{e.sourceText}</TableCell>
                {mayKeep && (
                  <TableCell>
                    <Button size="small" color="warning" disabled={remove.isPending} onClick={() => remove.mutate({ id: e.id, version: e.version })}>
                      {translate('jiandu.matters.catalogue_remove')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayKeep && (
        <Button size="small" startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => setAdding(true)}>
          {translate('jiandu.matters.catalogue_add')}
        </Button>
      )}
      {adding && <AddEntryDialog agencyId={agency.id} onClose={() => setAdding(false)} onDone={() => void query.refetch()} />}
    </div>
  );
};
