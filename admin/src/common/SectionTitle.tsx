import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A heading inside a show page, translated. */
export const SectionTitle = ({ label, children }: { label: string; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" gutterBottom sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      {translate(label)}
      {children}
    </Typography>
  );
};
