import { Box, Link, Typography } from '@mui/material';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslate } from 'react-admin';

/**
 * The public lookup URL of a certificate number: what the QR code printed on the card opens. The gateway
 * serves the console at `/` (a fixed point of the contract), so the URL does not depend on the page the
 * clerk happens to be on.
 */
export function publicLookupUrl(number: string): string {
  return `${window.location.origin}/#/public?number=${encodeURIComponent(number)}`;
}

export const CertificateQrCode = ({ number, size = 112 }: { number: string; size?: number }) => {
  const translate = useTranslate();
  const url = publicLookupUrl(number);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 0.5 }}>
      <QRCodeSVG value={url} data-url={url} size={size} marginSize={1} title={translate('jiandu.certificates.qr')} />
      <Typography variant="caption" color="text.secondary">
        {translate('jiandu.certificates.qr')}
      </Typography>
      <Link href={url} target="_blank" rel="noopener" variant="caption">
        {translate('jiandu.certificates.open_public')}
      </Link>
    </Box>
  );
};
