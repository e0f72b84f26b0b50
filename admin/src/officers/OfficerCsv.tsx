/**
 * 导入 / 导出 of officers as CSV. An import is checked first (`dryRun: true`): every problem is listed by
 * row; only when there is none does the clerk confirm, and the server imports all rows or none. The
 * export is the server's (`officersCsv`, ID numbers masked, starting with a BOM so that Excel reads it
 * as UTF-8), saved as a file.
 */
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../common/serverErrors';
import type { JianduDataProvider } from '../dataProvider';
import { toFilter } from '../dataProvider';
import { officers as officersAdapter } from '../dataProvider/officers';
import type { ImportOfficersMutation, OfficerFilter } from '../gql/graphql';

/** The columns `importOfficers` reads, in its order (the API's description of the mutation). */
export const CSV_HEADER = ['姓名', '身份证号', '执法主体', '岗位', '执法区域', '执法领域', '岗位职责', '法律职业资格'];
const BOM = '\uFEFF';

function download(text: string, filename: string): void {
  const body = text.startsWith(BOM) ? text : BOM + text;
  const url = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

type Result = ImportOfficersMutation['importOfficers'];

const ImportDialog = ({ onClose }: { onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyRefusal = useNotifyRefusal();
  const inputId = useId();
  const titleId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [check, setCheck] = useState<Result | null>(null);

  // The check (dryRun) and the import are the same method; the import runs only after a clean check.
  const checking = useMutation({
    mutationFn: (csv: string) => dataProvider.importOfficers({ csv, dryRun: true }),
    onMutate: () => setCheck(null),
    onSuccess: setCheck,
    onError: notifyRefusal,
  });
  const importing = useMutation({
    mutationFn: (csv: string) => dataProvider.importOfficers({ csv, dryRun: false }),
    onSuccess: (result) => {
      if (result.problems.length > 0) {
        setCheck(result);
        return;
      }
      notify('jiandu.officers.csv.imported', { type: 'success', messageArgs: { smart_count: result.imported } });
      refresh();
      onClose();
    },
    onError: notifyRefusal,
  });
  const pending = checking.isPending || importing.isPending;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const text = (await chosen.text()).replace(/^\uFEFF/, '');
    setFile({ name: chosen.name, text });
    checking.mutate(text);
  };

  const confirm = () => {
    if (file) importing.mutate(file.text);
  };

  const ok = !!check && check.problems.length === 0 && check.rows > 0;
  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('jiandu.officers.csv.import_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('jiandu.officers.csv.import_help', { columns: CSV_HEADER.join(',') })}{' '}
          <Link component="button" type="button" variant="body2" onClick={() => download(`${CSV_HEADER.join(',')}\r\n`, 'officers-template.csv')}>
            {translate('jiandu.officers.csv.template')}
          </Link>
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, my: 2 }}>
          <Button variant="outlined" component="label" htmlFor={inputId} startIcon={<UploadFileIcon />} disabled={pending}>
            {translate('jiandu.officers.csv.choose')}
            <input id={inputId} type="file" accept=".csv,text/csv" hidden onChange={onFile} data-testid="csv-file" />
          </Button>
          <Typography variant="body2">{file?.name ?? translate('jiandu.officers.csv.no_file')}</Typography>
          {pending && <CircularProgress size={20} />}
        </Box>
        {check && check.problems.length > 0 && (
          <>
            <Alert severity="error" sx={{ mb: 1 }}>
              {translate('jiandu.officers.csv.problems', { rows: check.rows, count: check.problems.length })}
            </Alert>
            <TableContainer sx={{ maxHeight: 360 }}>
              <Table size="small" stickyHeader aria-label={translate('jiandu.officers.csv.problems_table')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('jiandu.officers.csv.row')}</TableCell>
                    <TableCell>{translate('jiandu.officers.csv.field')}</TableCell>
                    <TableCell>{translate('jiandu.officers.csv.message')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {check.problems.map((p, i) => (
                    <TableRow key={`${p.row}-${p.field}-${i}`}>
                      <TableCell>{p.row}</TableCell>
                      <TableCell>{p.field}</TableCell>
                      <TableCell>{p.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
        {check && check.problems.length === 0 && (
          <Alert severity={check.rows > 0 ? 'success' : 'warning'}>
            {translate(check.rows > 0 ? 'jiandu.officers.csv.valid' : 'jiandu.officers.csv.empty', { rows: check.rows })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={confirm} disabled={!ok || pending}>
          {translate('jiandu.officers.csv.confirm', { rows: check?.rows ?? 0 })}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const ImportOfficersButton = () => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        {translate('jiandu.officers.csv.import')}
      </Button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
};

/** 导出 the officers of the list's current filter, as the server writes them. */
export const ExportOfficersButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const notifyRefusal = useNotifyRefusal();
  const { filterValues } = useListContext();
  const { mutate, isPending } = useMutation({
    mutationFn: () => {
      const filter = toFilter(officersAdapter as never, filterValues) as OfficerFilter | undefined;
      return dataProvider.exportOfficersCsv({ filter: filter ?? null });
    },
    onSuccess: (csv) => download(csv, `officers-${stamp()}.csv`),
    onError: notifyRefusal,
  });
  return (
    <Button size="small" startIcon={isPending ? <CircularProgress size={16} /> : <DownloadIcon />} onClick={() => mutate()} disabled={isPending}>
      {translate('ra.action.export')}
    </Button>
  );
};
