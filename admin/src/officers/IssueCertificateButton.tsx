/**
 * 核发证件 (certificate administrators): number, kind, fields and region (default: the officer's), date of
 * issue (default: today by the server's clock). The server issues only after a passed exam and the
 * required training, to an officer on duty of a confirmed agency (003 第4条, 第3条; 004 第十条); when
 * something is missing it says what (PRECONDITION_FAILED `missing`), and the dialog lists it.
 */
import CardMembershipIcon from '@mui/icons-material/CardMembership';
import { Autocomplete, Button, Chip, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { CommandDialog } from '../common/CommandDialog';
import { useHasRole } from '../common/roles';
import { useToday } from '../common/useApiQuery';
import { useCommand } from '../common/useCommand';
import { fieldErrors } from '../dataProvider/client';
import { IssueCertificate } from '../dataProvider/certificates';
import type { CertificateKind, OfficerQuery } from '../gql/graphql';
import { enumChoices } from '../labels';

type OfficerRecord = OfficerQuery['officer'];

const IssueDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const today = useToday();
  const [number, setNumber] = useState('');
  const [kind, setKind] = useState<CertificateKind>('ENFORCEMENT');
  const [fields, setFields] = useState<string[]>(officer.fields);
  const [region, setRegion] = useState(officer.region);
  const [issuedOn, setIssuedOn] = useState('');
  const [touched, setTouched] = useState(false);
  const command = useCommand(IssueCertificate, { success: 'jiandu.officers.issued', successArgs: { name: officer.name } });

  useEffect(() => {
    if (today) setIssuedOn((d) => d || today);
  }, [today]);

  const server = fieldErrors(command.error);
  const problems = { number: !number.trim(), fields: fields.length === 0, region: !region.trim(), issuedOn: !issuedOn };
  const helper = (field: keyof typeof problems | 'kind', hint?: string) =>
    server[field] ?? (touched && field !== 'kind' && problems[field] ? translate('ra.validation.required') : hint ? translate(hint) : ' ');

  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.officers.issue_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.issue"
      validate={() => {
        setTouched(true);
        return !Object.values(problems).some(Boolean);
      }}
      onSubmit={async () => {
        const result = await command.run({
          input: { officerId: officer.id, number: number.trim(), kind, fields, region: region.trim(), issuedOn },
        });
        if (result) {
          onClose();
          navigate(`/certificates/${encodeURIComponent(result.issueCertificate.id)}/show`);
        }
      }}
      isPending={command.isPending}
      error={command.error}
    >
      <TextField
        name="number"
        label={translate('resources.certificates.fields.number')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        required
        fullWidth
        margin="dense"
        autoFocus
        error={(touched && problems.number) || !!server.number}
        helperText={helper('number', 'jiandu.officers.number_helper')}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <TextField
        select
        name="kind"
        label={translate('resources.certificates.fields.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as CertificateKind)}
        fullWidth
        margin="dense"
        helperText={helper('kind')}
      >
        {enumChoices('CertificateKind').map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        multiple
        freeSolo
        options={officer.fields}
        value={fields}
        onChange={(_, value) => setFields(value.map((v) => v.trim()).filter(Boolean))}
        renderValue={(value, getItemProps) => value.map((option, index) => <Chip size="small" label={option} {...getItemProps({ index })} key={option} />)}
        renderInput={(params) => (
          <TextField
            {...params}
            name="fields"
            label={translate('resources.certificates.fields.fields')}
            required
            margin="dense"
            error={(touched && problems.fields) || !!server.fields}
            helperText={helper('fields', 'jiandu.common.array_helper')}
          />
        )}
      />
      <TextField
        name="region"
        label={translate('resources.certificates.fields.region')}
        value={region}
        onChange={(e) => setRegion(e.target.value)}
        required
        fullWidth
        margin="dense"
        error={(touched && problems.region) || !!server.region}
        helperText={helper('region')}
      />
      <TextField
        name="issuedOn"
        type="date"
        label={translate('resources.certificates.fields.issuedOn')}
        value={issuedOn}
        onChange={(e) => setIssuedOn(e.target.value)}
        required
        margin="dense"
        error={(touched && problems.issuedOn) || !!server.issuedOn}
        helperText={helper('issuedOn')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </CommandDialog>
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
