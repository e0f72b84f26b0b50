import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { JianduDataProvider } from '../dataProvider';
import { TodayQuery } from '../dataProvider/certificates';

export interface ApiQueryState<TResult> {
  data?: TResult;
  error?: unknown;
  isPending: boolean;
}

/**
 * A read that is not a resource's record (the suspension preview, today's date…): runs whenever its
 * variables change, and drops an answer that arrives after newer variables were asked for.
 */
export function useApiQuery<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { enabled?: boolean } = {},
): ApiQueryState<TResult> {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(variables);
  const [state, setState] = useState<ApiQueryState<TResult>>({ isPending: enabled });

  useEffect(() => {
    if (!enabled) {
      setState({ isPending: false });
      return;
    }
    let current = true;
    setState((s) => ({ data: s.data, isPending: true }));
    dataProvider
      .run(document, JSON.parse(key) as TVariables)
      .then((data) => current && setState({ data, isPending: false }))
      .catch((error: unknown) => current && setState({ error, isPending: false }));
    return () => {
      current = false;
    };
  }, [dataProvider, document, key, enabled]);
  return state;
}

/** Today's date (YYYY-MM-DD) by the server's statutory clock, the default of date inputs; undefined while loading. */
export function useToday(enabled = true): string | undefined {
  return useApiQuery(TodayQuery, {}, { enabled }).data?.today;
}
