/**
 * 核发证件 (certificate administrators): number, kind, fields and region (default: the officer's), date of
 * issue (default: today by the server's clock). The server issues only after a passed exam and the
 * required training, to an officer on duty of a confirmed agency (003 第4条, 第3条; 004 第十条); when
 * something is missing it says what (PRECONDITION_FAILED `missing`), and the dialog lists it.
 */
import CardMembershipIcon from '@mui/icons-material/CardMembership';
import { Button } from '@mui/material';
import { useState } from 'react';
import { DateInput, SelectInput, TextArrayInput, TextInput, required, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { useToday } from '../common/useToday';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { CertificateKind, OfficerQuery } from '../gql/graphql';
import { enumChoices } from '../labels';

type OfficerRecord = OfficerQuery['officer'];

interface IssueValues {
  number: string;
  kind: CertificateKind;
  fields: string[];
  region: string;
  issuedOn: string;
}

const IssueDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const navigate = useNavigate();
  const today = useToday();
  return (
    <ActionDialog<IssueValues, { id: string }>
      onClose={onClose}
      title="jiandu.officers.issue_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.issue"
      defaultValues={today ? { number: '', kind: 'ENFORCEMENT', fields: officer.fields, region: officer.region, issuedOn: today } : undefined}
      mutationFn={(v) =>
        dataProvider.issueCertificate({
          input: {
            officerId: officer.id,
            number: text(v.number),
            kind: v.kind,
            fields: v.fields.map((f) => f.trim()).filter(Boolean),
            region: text(v.region),
            issuedOn: v.issuedOn,
          },
        })
      }
      success="jiandu.officers.issued"
      successArgs={{ name: officer.name }}
      onSuccess={(certificate) => navigate(`/certificates/${encodeURIComponent(certificate.id)}/show`)}
    >
      <TextInput
        source="number"
        label="resources.certificates.fields.number"
        validate={requiredText()}
        fullWidth
        autoFocus
        helperText="jiandu.officers.number_helper"
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <SelectInput source="kind" label="resources.certificates.fields.kind" choices={enumChoices('CertificateKind')} validate={required()} fullWidth />
      <TextArrayInput source="fields" label="resources.certificates.fields.fields" options={officer.fields} validate={required()} helperText="jiandu.common.array_helper" fullWidth />
      <TextInput source="region" label="resources.certificates.fields.region" validate={requiredText()} fullWidth />
      <DateInput source="issuedOn" label="resources.certificates.fields.issuedOn" validate={required()} />
    </ActionDialog>
  );
};

export const IssueCertificateButton = () => {
  const officer = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const isCertAdmin = useHasRole('CERT_ADMIN');
  const [open, setOpen] = useState(false);
  if (!officer || !isCertAdmin) return null;
  return (
    <>
      <Button size="small" startIcon={<CardMembershipIcon />} onClick={() => setOpen(true)}>
        {translate('jiandu.officers.issue')}
      </Button>
      {open && <IssueDialog officer={officer} onClose={() => setOpen(false)} />}
    </>
  );
};
