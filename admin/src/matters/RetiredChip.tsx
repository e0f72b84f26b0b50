import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** 已停用 on a retired matter; nothing on a current one. */
export const RetiredChip = () => {
  const record = useRecordContext<{ retired?: boolean }>();
  const translate = useTranslate();
  return record?.retired ? <Chip size="small" label={translate('jiandu.matters.retired')} data-testid="retired-chip" /> : null;
};
