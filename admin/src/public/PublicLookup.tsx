/**
 * 亮证查询: the public lookup of a certificate, with no login (003 第4条; DESIGN "Public lookup"), by its
 * number or by the holder's name and agency. Shows only what the API's PublicCertificate carries: holder,
 * agency, fields, region, status, valid until. `#/public?number=31000036001` (what the QR code on a card
 * opens) fills the number in and runs the lookup; `#/public?name=…&agency=…` does the same for a holder.
 */
import SearchIcon from '@mui/icons-material/Search';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Container,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Form, LocalesMenuButton, TextInput, useDataProvider, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { requiredText, text } from '../common/validators';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { CertificateStatusChip } from '../certificates/CertificateStatusChip';
import type { JianduDataProvider } from '../dataProvider';
import type { PublicCertificateQuery } from '../gql/graphql';


type PublicCertificate = NonNullable<PublicCertificateQuery['publicCertificate']>;


type Lookup =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'found'; certificates: PublicCertificate[] }
  | { state: 'not_found'; what: string }
  | { state: 'error'; message: string };

type Mode = 'number' | 'holder';

const Row = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: '34%', color: 'text.secondary', borderBottomStyle: 'dashed' }}>
        {translate(label)}
      </TableCell>
      <TableCell sx={{ borderBottomStyle: 'dashed' }}>{children}</TableCell>
    </TableRow>
  );
};

/** One certificate as the public may see it; 暂扣 shows as an orange chip (the status chip's warning colour). */
const CertificateTable = ({ certificate }: { certificate: PublicCertificate }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('jiandu.public.result', { number: certificate.number })} data-number={certificate.number}>
      <TableBody>
        <Row label="jiandu.public.number">{certificate.number}</Row>
        <Row label="jiandu.public.holderName">
          <Typography sx={{ fontWeight: 500 }}>{certificate.holderName}</Typography>
        </Row>
        <Row label="jiandu.public.agencyName">{certificate.agencyName}</Row>
        <Row label="jiandu.public.fields">{certificate.fields.join('、')}</Row>
        <Row label="jiandu.public.region">{certificate.region}</Row>
        <Row label="jiandu.public.status">
          <CertificateStatusChip status={certificate.status} size="medium" />
        </Row>
        <Row label="jiandu.public.validUntil">{certificate.validUntil}</Row>
      </TableBody>
    </Table>
  );
};

export const PublicLookup = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const number = (params.get('number') ?? '').trim();
  const name = (params.get('name') ?? '').trim();
  const agency = (params.get('agency') ?? '').trim();
  const fromUrl: Mode = name || agency ? 'holder' : 'number';
  const [mode, setMode] = useState<Mode>(fromUrl);
  const dataProvider = useDataProvider<JianduDataProvider>();

  useEffect(() => setMode(fromUrl), [fromUrl]);

  // The lookup the address asks for, through the dataProvider's public methods (no session).
  const byHolder = !!name && !!agency;
  const query = useQuery({
    queryKey: ['public', byHolder ? { name, agency } : { number }],
    queryFn: async (): Promise<PublicCertificate[]> =>
      byHolder ? dataProvider.publicCertificatesByHolder({ name, agencyName: agency }) : [await dataProvider.publicCertificate({ number })].filter((c) => c !== null),
    enabled: byHolder || !!number,
    staleTime: 0,
    retry: false,
  });
  const lookup: Lookup =
    !byHolder && !number
      ? { state: 'idle' }
      : query.isPending
        ? { state: 'loading' }
        : query.error
          ? { state: 'error', message: translate(query.error.message, { _: query.error.message }) }
          : query.data && query.data.length > 0
            ? { state: 'found', certificates: query.data }
            : { state: 'not_found', what: byHolder ? `${name}，${agency}` : number };

  /** The form's values as the address of a lookup; the same lookup again runs it again (e.g. after a status change). */
  const onSubmit = (values: FieldValues) => {
    const next: Record<string, string> = mode === 'number' ? { number: text(values.number) } : { name: text(values.name), agency: text(values.agency) };
    const same = Object.entries(next).every(([k, v]) => params.get(k) === v) && [...params.keys()].every((k) => k in next);
    if (same) void query.refetch();
    else setParams(next);
  };

  const input = (source: 'number' | 'name' | 'agency', label: string, helper: string, requiredMessage: string, autoFocus = false) => (
    <TextInput
      source={source}
      label={label}
      helperText={helper}
      validate={requiredText(requiredMessage)}
      variant="outlined"
      fullWidth
      autoFocus={autoFocus}
      slotProps={{ htmlInput: { autoComplete: 'off', ...(source === 'number' ? { inputMode: 'numeric' as const } : {}) } }}
    />
  );

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 6 } }}>
      <Container maxWidth="sm">
        <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" color="text.secondary">
            {translate('jiandu.title')}
          </Typography>
          <LocalesMenuButton />
        </Stack>
        <Card>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
              <VerifiedUserIcon color="primary" />
              <Typography variant="h5" component="h1">
                {translate('jiandu.public.title')}
              </Typography>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate(mode === 'number' ? 'jiandu.public.subtitle' : 'jiandu.public.subtitle_holder')}
            </Typography>
            <Tabs
              value={mode}
              onChange={(_, value: Mode) => setMode(value)}
              sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
            >
              <Tab value="number" label={translate('jiandu.public.by_number')} />
              <Tab value="holder" label={translate('jiandu.public.by_holder')} />
            </Tabs>
            <Box role="search">
              <Form key={`${mode}|${number}|${name}|${agency}`} defaultValues={{ number, name, agency }} onSubmit={onSubmit} noValidate disableInvalidFormNotification>
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
                  {mode === 'number' ? (
                    <Box sx={{ flex: 1 }}>{input('number', 'jiandu.public.number', 'jiandu.public.number_helper', 'jiandu.public.required', true)}</Box>
                  ) : (
                    <Stack sx={{ flex: 1 }}>
                      {input('name', 'jiandu.public.holderName', 'jiandu.public.name_helper', 'jiandu.public.name_required', true)}
                      {input('agency', 'jiandu.public.agencyName', 'jiandu.public.agency_helper', 'jiandu.public.agency_required')}
                    </Stack>
                  )}
                  <Button type="submit" variant="contained" size="large" startIcon={<SearchIcon />} sx={{ mt: { sm: 1 }, whiteSpace: 'nowrap', minWidth: 96 }}>
                    {translate('jiandu.public.search')}
                  </Button>
                </Stack>
              </Form>
            </Box>

            <Box sx={{ mt: 3 }} aria-live="polite">
              {lookup.state === 'loading' && <CircularProgress size={28} />}
              {lookup.state === 'not_found' && (
                <Alert severity="warning">
                  {translate('jiandu.public.not_found')}（{lookup.what}）
                </Alert>
              )}
              {lookup.state === 'error' && <Alert severity="error">{lookup.message}</Alert>}
              {lookup.state === 'found' && (
                <Stack spacing={3}>
                  {lookup.certificates.length > 1 && (
                    <Typography variant="body2" color="text.secondary">
                      {translate('jiandu.public.found_many', { count: lookup.certificates.length })}
                    </Typography>
                  )}
                  {lookup.certificates.map((c) => (
                    <CertificateTable key={c.number} certificate={c} />
                  ))}
                </Stack>
              )}
            </Box>
          </CardContent>
        </Card>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('jiandu.public.footer')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          <Link component={RouterLink} to="/public/decisions" variant="body2">
            {translate('jiandu.public.to_decisions')}
          </Link>
          <Link component={RouterLink} to="/login" variant="body2">
            {translate('jiandu.public.staff_login')}
          </Link>
        </Stack>
      </Container>
    </Box>
  );
};
