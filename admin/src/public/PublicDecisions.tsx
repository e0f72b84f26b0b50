/**
 * 行政执法决定公示 (002 （二）3 事后公开): the published decisions, open to anyone with no login, beside the 亮证 page.
 * The list (agency, case number, matter, category, decisions, decided and published dates) with search and paging,
 * newest first; `#/public/decisions/:id` shows one decision's published text, the personal data already taken out
 * by the server. Only what the API's PublishedDecision carries is shown; a withdrawn decision is gone.
 */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CampaignIcon from '@mui/icons-material/Campaign';
import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Container,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { LocalesMenuButton, useDataProvider, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { JianduDataProvider } from '../dataProvider';
import type { MatterCategory, PublishedDecisionFieldsFragment } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';

const PER_PAGE_OPTIONS = [10, 25, 50];

const Shell = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 4 } }}>
      <Container maxWidth="lg">
        <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" color="text.secondary">
            {translate('jiandu.title')}
          </Typography>
          <LocalesMenuButton />
        </Stack>
        {children}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('jiandu.public_decisions.footer')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          <Link component={RouterLink} to="/public" variant="body2">
            {translate('jiandu.public_decisions.to_lookup')}
          </Link>
          <Link component={RouterLink} to="/login" variant="body2">
            {translate('jiandu.public.staff_login')}
          </Link>
        </Stack>
      </Container>
    </Box>
  );
};

const Kinds = ({ decision }: { decision: PublishedDecisionFieldsFragment }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {decision.decisionKinds.map((k) => (
        <Chip key={k} size="small" label={translate(enumKey('DecisionKind', k))} />
      ))}
    </Stack>
  );
};

/** The list, its search (case number, agency, matter or text) and category in the address, so it can be shared. */
export const PublicDecisions = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const category = (params.get('category') ?? '') as MatterCategory | '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const perPage = PER_PAGE_OPTIONS.includes(Number(params.get('perPage'))) ? Number(params.get('perPage')) : 25;
  const [search, setSearch] = useState(q);
  const [cat, setCat] = useState<MatterCategory | ''>(category);

  const list = useQuery({
    queryKey: ['public', 'decisions', { q, category, page, perPage }],
    queryFn: () =>
      dataProvider.publishedDecisions({
        offset: page * perPage,
        limit: perPage,
        filter: q || category ? { ...(q ? { search: q } : {}), ...(category ? { category } : {}) } : null,
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });

  const go = (next: { q?: string; category?: string; page?: number; perPage?: number }) => {
    const merged = { q, category, page, perPage, ...next };
    const out: Record<string, string> = {};
    if (merged.q) out.q = merged.q;
    if (merged.category) out.category = merged.category;
    if (merged.page) out.page = String(merged.page);
    if (merged.perPage !== 25) out.perPage = String(merged.perPage);
    setParams(out);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: search.trim(), category: cat, page: 0 });
  };

  return (
    <Shell>
      <Card>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
            <CampaignIcon color="primary" />
            <Typography variant="h5" component="h1">
              {translate('jiandu.public_decisions.title')}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('jiandu.public_decisions.subtitle')}
          </Typography>
          <Box component="form" role="search" onSubmit={onSubmit} sx={{ mb: 2 }}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <TextField
                label={translate('jiandu.public_decisions.search')}
                helperText={translate('jiandu.public_decisions.search_helper')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                size="small"
                fullWidth={false}
                sx={{ flex: '1 1 auto', minWidth: 260 }}
                slotProps={{ htmlInput: { autoComplete: 'off' } }}
              />
              <TextField select label={translate('jiandu.public_decisions.category')} value={cat} onChange={(e) => setCat(e.target.value as MatterCategory | '')} size="small" fullWidth={false} sx={{ flex: '0 0 200px' }}>
                <MenuItem value="">{translate('jiandu.public_decisions.all_categories')}</MenuItem>
                {enumChoices('MatterCategory').map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {translate(c.name)}
                  </MenuItem>
                ))}
              </TextField>
              <Button type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ alignSelf: { sm: 'flex-start' }, whiteSpace: 'nowrap' }}>
                {translate('jiandu.public.search')}
              </Button>
            </Stack>
          </Box>
          {list.isPending ? (
            <CircularProgress size={28} />
          ) : list.error ? (
            <Alert severity="error">{translate(list.error.message, { _: list.error.message })}</Alert>
          ) : list.data.total === 0 ? (
            <Alert severity="info">{translate('jiandu.public_decisions.empty')}</Alert>
          ) : (
            <>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" aria-label={translate('jiandu.public_decisions.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('jiandu.public_decisions.agencyName')}</TableCell>
                      <TableCell>{translate('jiandu.public_decisions.caseNumber')}</TableCell>
                      <TableCell>{translate('jiandu.public_decisions.matterName')}</TableCell>
                      <TableCell>{translate('jiandu.public_decisions.category')}</TableCell>
                      <TableCell>{translate('jiandu.public_decisions.decisionKinds')}</TableCell>
                      <TableCell>{translate('jiandu.public_decisions.decidedOn')}</TableCell>
                      <TableCell>{translate('jiandu.public_decisions.publishedOn')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {list.data.items.map((d) => (
                      <TableRow key={d.id} hover data-testid="published-decision" sx={{ cursor: 'pointer' }} onClick={() => navigate(`/public/decisions/${d.id}`)}>
                        <TableCell>{d.agencyName}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <Link component={RouterLink} to={`/public/decisions/${d.id}`} onClick={(e) => e.stopPropagation()}>
                            {d.caseNumber}
                          </Link>
                        </TableCell>
                        <TableCell>{d.matterName}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(enumKey('MatterCategory', d.category))}</TableCell>
                        <TableCell>
                          <Kinds decision={d} />
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.decidedOn}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.publishedOn}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
              <TablePagination
                component="div"
                count={list.data.total}
                page={page}
                rowsPerPage={perPage}
                rowsPerPageOptions={PER_PAGE_OPTIONS}
                onPageChange={(_, p) => go({ page: p })}
                onRowsPerPageChange={(e) => go({ perPage: Number(e.target.value), page: 0 })}
                labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
                labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
              />
            </>
          )}
        </CardContent>
      </Card>
    </Shell>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: 160, color: 'text.secondary', borderBottomStyle: 'dashed' }}>
        {translate(label)}
      </TableCell>
      <TableCell sx={{ borderBottomStyle: 'dashed' }}>{children}</TableCell>
    </TableRow>
  );
};

/** One published decision and its text; a withdrawn or unknown one says it is not (or no longer) published. */
export const PublicDecision = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const one = useQuery({ queryKey: ['public', 'decision', id], queryFn: () => dataProvider.publishedDecision({ id }), retry: false });
  return (
    <Shell>
      <Button component={RouterLink} to="/public/decisions" size="small" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate('jiandu.public_decisions.back')}
      </Button>
      <Card>
        <CardContent>
          {one.isPending ? (
            <CircularProgress size={28} />
          ) : one.error ? (
            <Alert severity="error">{translate(one.error.message, { _: one.error.message })}</Alert>
          ) : !one.data ? (
            <Alert severity="warning">{translate('jiandu.public_decisions.not_found')}</Alert>
          ) : (
            <Stack spacing={2}>
              <Typography variant="h5" component="h1">
                {translate('jiandu.public_decisions.detail_title', { number: one.data.caseNumber })}
              </Typography>
              <Table size="small">
                <TableBody>
                  <Row label="jiandu.public_decisions.agencyName">{one.data.agencyName}</Row>
                  <Row label="jiandu.public_decisions.caseNumber">{one.data.caseNumber}</Row>
                  <Row label="jiandu.public_decisions.matterName">{one.data.matterName}</Row>
                  <Row label="jiandu.public_decisions.category">{translate(enumKey('MatterCategory', one.data.category))}</Row>
                  <Row label="jiandu.public_decisions.decisionKinds">
                    <Kinds decision={one.data} />
                  </Row>
                  <Row label="jiandu.public_decisions.decidedOn">{one.data.decidedOn}</Row>
                  <Row label="jiandu.public_decisions.publishedOn">{one.data.publishedOn}</Row>
                </TableBody>
              </Table>
              <Typography variant="subtitle2">{translate('jiandu.public_decisions.text')}</Typography>
              <Typography component="div" variant="body1" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, p: 2, bgcolor: 'grey.50', borderRadius: 1 }} data-testid="published-text">
                {one.data.text}
              </Typography>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Shell>
  );
};
