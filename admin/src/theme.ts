import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with the bundled Noto Sans SC, so Chinese renders the same on a machine
 * with no CJK fonts installed (the font files ship in the build, see main.tsx).
 */
export const fontFamily = '"Noto Sans SC", sans-serif';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1f4e79' },
    secondary: { main: '#a4262c' },
  },
  typography: {
    ...defaultTheme.typography,
    fontFamily,
  },
  components: {
    ...defaultTheme.components,
    MuiTableCell: {
      ...defaultTheme.components?.MuiTableCell,
      styleOverrides: {
        ...defaultTheme.components?.MuiTableCell?.styleOverrides,
        // Chinese column titles are short: one line reads better than a title broken after each character.
        head: { whiteSpace: 'nowrap' },
      },
    },
  },
};
