/**
 * The print view of a supervision document laid out as the official document (党政机关公文格式, GB/T 9704 in
 * spirit): the issuing body's name as the red header, the document number under it, the title, the addressee
 * (主送机关), the body, then the issuing body and the date at the bottom right. Printed from the browser
 * (Ctrl-P → 另存为 PDF) it is the document alone: the menu, app bar and every `data-print="hide"` element are
 * hidden, the page is A4 with the official margins.
 *
 * Each kind of document has its own route (e.g. `#/notices/:id/print`) that loads the record and renders:
 *
 *   <OfficialDocument issuer={n.issuerName} number={n.number} title="行政执法监督通知书" addressee={n.agencyName}
 *     date={n.issuedOn} backTo={`/notices/${n.id}/show`}>
 *     <DocParagraph>…</DocParagraph>
 *   </OfficialDocument>
 */
import type { ReactNode } from 'react';
import { Box, Button, GlobalStyles, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** 2026-11-24 → 二〇二六年十一月二十四日 (the official way of writing a document's date). */
export function officialDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const digit = (n: number) => '〇一二三四五六七八九'[n];
  const small = (n: number) => (n < 10 ? digit(n) : n === 10 ? '十' : n < 20 ? `十${digit(n - 10)}` : `${digit(Math.floor(n / 10))}十${n % 10 ? digit(n % 10) : ''}`);
  return `${String(y).split('').map((c) => digit(Number(c))).join('')}年${small(m!)}月${small(d!)}日`;
}

const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4', margin: '37mm 26mm 35mm 28mm' },
        '.MuiAppBar-root, .RaSidebar-root, .RaSidebar-fixed, .MuiDrawer-root, [data-print="hide"]': { display: 'none !important' },
        '.RaLayout-content, .RaLayout-contentWithSidebar, main': { padding: '0 !important', margin: '0 !important' },
        body: { background: '#fff !important' },
        '[data-testid="official-document"]': { boxShadow: 'none !important', border: 'none !important', padding: '0 !important', maxWidth: 'none !important' },
      },
    }}
  />
);

// 仿宋 where the machine has it; else the console's bundled CJK font (theme.ts), so the print view never shows empty boxes.
const FONT = '"FangSong", "STFangsong", "FangSong_GB2312", "Noto Sans SC", sans-serif';

export interface OfficialDocumentProps {
  /** 发文机关 (the issuing body), printed as the red header and above the date. */
  issuer: string;
  /** 文号, e.g. 监通〔2026〕3号. */
  number: string;
  /** The document's title, e.g. 行政执法监督通知书. */
  title: string;
  /** 主送机关 or 当事人 (addressee), followed by a colon. */
  addressee?: string | null;
  /** YYYY-MM-DD, printed in Chinese numerals. */
  date: string;
  /** Where the 返回 button goes. */
  backTo?: string;
  children: ReactNode;
  /** Below the date: 抄送, 附件, contact. */
  footer?: ReactNode;
}

export const OfficialDocument = ({ issuer, number, title, addressee, date, backTo, children, footer }: OfficialDocumentProps) => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 2 }}>
      {printStyles}
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} data-print="hide">
        {backTo && (
          <Button component={Link} to={backTo} size="small" startIcon={<ArrowBackIcon />}>
            {translate('ra.action.back')}
          </Button>
        )}
        <Button variant="contained" size="small" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-document">
          {translate('jiandu.documents.print')}
        </Button>
      </Stack>
      <Box
        data-testid="official-document"
        sx={{ maxWidth: '156mm', mx: 'auto', p: 6, bgcolor: '#fff', color: '#000', boxShadow: 1, fontFamily: FONT, fontSize: '16pt', lineHeight: 1.75 }}
      >
        <Typography component="div" sx={{ color: '#c00', textAlign: 'center', fontSize: '26pt', fontWeight: 700, letterSpacing: '0.1em', fontFamily: FONT }} data-testid="document-issuer">
          {issuer}
        </Typography>
        <Typography component="div" sx={{ textAlign: 'center', fontSize: '16pt', mt: 1, fontFamily: FONT }} data-testid="document-number">
          {number}
        </Typography>
        <Box sx={{ borderBottom: '2px solid #c00', my: 2 }} />
        <Typography component="h1" sx={{ textAlign: 'center', fontSize: '22pt', fontWeight: 700, my: 3, fontFamily: FONT }} data-testid="document-title">
          {title}
        </Typography>
        {addressee && (
          <Typography component="p" sx={{ fontSize: '16pt', fontFamily: FONT, m: 0 }} data-testid="document-addressee">
            {addressee}：
          </Typography>
        )}
        <Box sx={{ '& p': { textIndent: '2em', my: 0, fontSize: '16pt', fontFamily: FONT } }} data-testid="document-body">
          {children}
        </Box>
        <Box sx={{ textAlign: 'right', mt: 6, pr: 4 }}>
          <Typography component="div" sx={{ fontSize: '16pt', fontFamily: FONT }}>{issuer}</Typography>
          <Typography component="div" sx={{ fontSize: '16pt', fontFamily: FONT }} data-testid="document-date">{officialDate(date)}</Typography>
        </Box>
        {footer && <Box sx={{ mt: 4, borderTop: '1px solid #000', pt: 1, fontSize: '14pt' }}>{footer}</Box>}
      </Box>
    </Box>
  );
};

/** One paragraph of the body, indented two characters. */
export const DocParagraph = ({ children }: { children: ReactNode }) => <p>{children}</p>;
