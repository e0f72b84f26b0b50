import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { JianduDataProvider } from '../dataProvider';

/**
 * Today's date (YYYY-MM-DD) by the server's statutory clock, the default of date inputs; undefined while
 * loading. A read outside getList/getOne: react-query's `useQuery` over the dataProvider's `today` method.
 */
export function useToday(enabled = true): string | undefined {
  const dataProvider = useDataProvider<JianduDataProvider>();
  return useQuery({ queryKey: ['jiandu', 'today'], queryFn: () => dataProvider.today({}), enabled, staleTime: 60_000 }).data;
}
