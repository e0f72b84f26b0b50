/**
 * react-admin fills the `getOne` cache with the records of a list (and of `getMany`), which carry fewer
 * fields than a show page asks for (a list's officer has no certificate history). A distinct `meta`
 * gives show pages their own cache entry, so they render the full record, never a list row.
 */
export const showQueryOptions = { meta: { view: 'show' } } as const;
