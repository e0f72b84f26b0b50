import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorCode, missingItems } from '../dataProvider/client';

/**
 * A refusal of the server inside a dialog: its (Chinese) message, and for PRECONDITION_FAILED the list
 * of what is missing (`extensions.missing`). A stale version says the page was reloaded.
 */
export const ServerError = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  if (!error) return null;
  const raw = error instanceof Error ? error.message : String(error);
  const message = translate(raw, { _: raw });
  const missing = missingItems(error);
  const code = errorCode(error);
  return (
    <Alert severity={code === 'CONCURRENT_MODIFICATION' ? 'warning' : 'error'} sx={{ mt: 2 }} role="alert" data-code={code}>
      {missing.length > 0 ? (
        <>
          <AlertTitle>{translate('jiandu.command.missing_title')}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={translate('jiandu.command.missing_title')}>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </Box>
        </>
      ) : (
        message
      )}
      {code === 'CONCURRENT_MODIFICATION' && <Box sx={{ mt: 0.5 }}>{translate('jiandu.command.reloaded')}</Box>}
    </Alert>
  );
};
