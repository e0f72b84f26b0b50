import type { RaRecord } from 'react-admin';
import type { SortDirection } from '../gql/graphql';

export interface ListVariables<TFilter, TField extends string> {
  offset: number;
  limit: number;
  filter?: TFilter | null;
  orderBy?: { field: TField; direction: SortDirection } | null;
}

export interface Page {
  items: RaRecord[];
  total: number;
}

/**
 * How one react-admin resource maps onto the API: which sort fields exist (react-admin's `sort.field`
 * → the API's `XOrderField`), which filter keys the API's `XFilter` accepts, and the typed operations.
 */
export interface ResourceAdapter<TFilter, TField extends string> {
  sortFields: Readonly<Record<string, TField>>;
  filterKeys: readonly (keyof TFilter & string)[];
  list(variables: ListVariables<TFilter, TField>): Promise<Page>;
  /**
   * The lighter projection for references, choices and counts (`meta: { projection: 'ref' }`, and
   * `getMany`): what a name in a cell or an option of an input needs, nothing more. Defaults to `list`.
   */
  refs?(variables: ListVariables<TFilter, TField>): Promise<Page>;
  one(id: string): Promise<RaRecord>;
  create?(data: Record<string, unknown>): Promise<RaRecord>;
  /** An edit: the form's values and the record as it was loaded (its `version` detects concurrent edits). */
  update?(id: string, data: Record<string, unknown>, previousData: Record<string, unknown>): Promise<RaRecord>;
}

export function defineResource<TFilter, TField extends string>(adapter: ResourceAdapter<TFilter, TField>): ResourceAdapter<TFilter, TField> {
  return adapter;
}
