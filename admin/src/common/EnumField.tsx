import { Chip, Stack, Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { enumKey, type EnumName } from '../labels';

export interface EnumFieldProps {
  source: string;
  enumName: EnumName;
  /** Read by SimpleShowLayout / DataTable for the label. */
  label?: string;
  /** Show values as chips (the default for lists of values). */
  chips?: boolean;
}

/** An enum value (or a list of them) shown with its localised label from labels.ts. */
export const EnumField = ({ source, enumName, chips }: EnumFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  const values = (Array.isArray(value) ? value : value == null ? [] : [value]).map(String);
  if (values.length === 0) {
    return (
      <Typography component="span" variant="body2">
        {translate('jiandu.common.none')}
      </Typography>
    );
  }
  if (!chips && !Array.isArray(value)) {
    return (
      <Typography component="span" variant="body2">
        {translate(enumKey(enumName, values[0] ?? ''))}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap component="span" sx={{ flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={translate(enumKey(enumName, v))} />
      ))}
    </Stack>
  );
};
