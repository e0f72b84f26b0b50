/**
 * 亮证查询: the public lookup of a certificate by its number, with no login (003 第4条; DESIGN "Public
 * lookup"). Shows only what the API's PublicCertificate carries: holder, agency, fields, region,
 * status, valid until. `#/public?number=31000036001` (what the QR code on a card opens) fills the
 * number in and runs the lookup.
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
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { CertificateStatusChip } from '../certificates/CertificateStatusChip';
import { request } from '../dataProvider/client';
import { graphql } from '../gql';
import type { PublicCertificateQuery } from '../gql/graphql';

const PublicCertificateLookup = graphql(`
  query PublicCertificate($number: String!) {
    publicCertificate(number: $number) {
      number
      holderName
      agencyName
      fields
      region
      status
      validUntil
    }
  }
`);

type Lookup =
  | { state: 'idle' }
  | { state: 'loading'; number: string }
  | { state: 'found'; certificate: NonNullable<PublicCertificateQuery['publicCertificate']> }
  | { state: 'not_found'; number: string }
  | { state: 'error'; message: string };

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

export const PublicLookup = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const number = (params.get('number') ?? '').trim();
  const [input, setInput] = useState(number);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });

  useEffect(() => {
    setInput(number);
    if (!number) {
      setLookup({ state: 'idle' });
      return;
    }
    let cancelled = false;
    setLookup({ state: 'loading', number });
    request(PublicCertificateLookup, { number }, { authenticated: false })
      .then(({ publicCertificate }) => {
        if (cancelled) return;
        setLookup(publicCertificate ? { state: 'found', certificate: publicCertificate } : { state: 'not_found', number });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const message = error instanceof Error ? error.message : String(error);
        setLookup({ state: 'error', message: translate(message, { _: message }) });
      });
    return () => {
      cancelled = true;
    };
  }, [number, translate]);

  const [touched, setTouched] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    const value = input.trim();
    if (!value) return;
    if (value === number) {
      // Same number again: run it again (e.g. after a status change).
      setParams({}, { replace: true });
      setTimeout(() => setParams({ number: value }, { replace: true }), 0);
    } else {
      setParams({ number: value });
    }
  };

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
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('jiandu.public.subtitle')}
            </Typography>
            <Box component="form" onSubmit={onSubmit} noValidate role="search">
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
                <TextField
                  name="number"
                  label={translate('jiandu.public.number')}
                  value={input}
                  onChange={(e) => setInput(e.target.value)}
                  error={touched && !input.trim()}
                  helperText={touched && !input.trim() ? translate('jiandu.public.required') : translate('jiandu.public.number_helper')}
                  slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
                  autoFocus
                />
                <Button type="submit" variant="contained" size="large" startIcon={<SearchIcon />} sx={{ mt: { sm: 1 }, whiteSpace: 'nowrap', minWidth: 96 }}>
                  {translate('jiandu.public.search')}
                </Button>
              </Stack>
            </Box>

            <Box sx={{ mt: 3 }} aria-live="polite">
              {lookup.state === 'loading' && <CircularProgress size={28} />}
              {lookup.state === 'not_found' && (
                <Alert severity="warning">
                  {translate('jiandu.public.not_found')}（{lookup.number}）
                </Alert>
              )}
              {lookup.state === 'error' && <Alert severity="error">{lookup.message}</Alert>}
              {lookup.state === 'found' && (
                <Table size="small" aria-label={translate('jiandu.public.title')}>
                  <TableBody>
                    <Row label="jiandu.public.number">{lookup.certificate.number}</Row>
                    <Row label="jiandu.public.holderName">
                      <Typography sx={{ fontWeight: 500 }}>{lookup.certificate.holderName}</Typography>
                    </Row>
                    <Row label="jiandu.public.agencyName">{lookup.certificate.agencyName}</Row>
                    <Row label="jiandu.public.fields">{lookup.certificate.fields.join('、')}</Row>
                    <Row label="jiandu.public.region">{lookup.certificate.region}</Row>
                    <Row label="jiandu.public.status">
                      <CertificateStatusChip status={lookup.certificate.status} size="medium" />
                    </Row>
                    <Row label="jiandu.public.validUntil">{lookup.certificate.validUntil}</Row>
                  </TableBody>
                </Table>
              )}
            </Box>
          </CardContent>
        </Card>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('jiandu.public.footer')}
        </Typography>
        <Box sx={{ mt: 1 }}>
          <Link component={RouterLink} to="/login" variant="body2">
            {translate('jiandu.public.staff_login')}
          </Link>
        </Box>
      </Container>
    </Box>
  );
};
