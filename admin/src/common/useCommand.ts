import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { JianduDataProvider } from '../dataProvider';
import { errorCode } from '../dataProvider/client';

export interface CommandState<TResult, TVariables> {
  /** Sends the command; resolves with its result, or `undefined` when the server refused it (see `error`). */
  run(variables: TVariables): Promise<TResult | undefined>;
  isPending: boolean;
  /** The refusal (an HttpError with the server's message and code), shown by the dialog that sent it. */
  error: unknown;
  reset(): void;
}

/**
 * One domain command (暂扣, 核发, 人员变动…) in react-admin's `useMutation` style: pending state, the
 * server's refusal kept for the dialog to show, a success notification, and a refresh of the page's
 * records. A refusal for a stale version (CONCURRENT_MODIFICATION) also refreshes, so that the next try
 * sends the version now shown.
 */
export function useCommand<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  options: { success?: string | ((result: TResult) => string); successArgs?: Record<string, unknown>; refresh?: boolean } = {},
): CommandState<TResult, TVariables> {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [state, setState] = useState<{ isPending: boolean; error: unknown }>({ isPending: false, error: null });
  const { success, successArgs, refresh: shouldRefresh = true } = options;

  const run = useCallback(
    async (variables: TVariables) => {
      setState({ isPending: true, error: null });
      try {
        const result = await dataProvider.run(document, variables);
        setState({ isPending: false, error: null });
        const message = typeof success === 'function' ? success(result) : success;
        if (message) notify(message, { type: 'success', messageArgs: successArgs });
        if (shouldRefresh) refresh();
        return result;
      } catch (error) {
        setState({ isPending: false, error });
        if (errorCode(error) === 'CONCURRENT_MODIFICATION') refresh();
        return undefined;
      }
    },
    [dataProvider, document, notify, refresh, shouldRefresh, success, successArgs],
  );
  const reset = useCallback(() => setState({ isPending: false, error: null }), []);
  return { run, isPending: state.isPending, error: state.error, reset };
}
