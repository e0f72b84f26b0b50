/**
 * 执法事项清单 (cases): the public list and one matter; create and edit by the keepers of an agency's list;
 * 停用 (retire) and the 重大执法决定法制审核目录 are custom methods (actions.ts).
 */
import { graphql } from '../gql';
import type { MatterCategory, MatterFilter, MatterInput, MatterOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

/** What a row of the list shows; the matter's page adds its dates and retirement to it. */
graphql(`
  fragment MatterRow on EnforcementMatter {
    id
    listSeq
    category
    name
    legalBasis
    agencyId
    field
    unit
    retired
    version
  }
`);

const MattersQuery = graphql(`
  query Matters($offset: Int!, $limit: Int!, $filter: MatterFilter, $orderBy: MatterOrder) {
    matters(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...MatterRow
      }
    }
  }
`);

const MatterDetail = graphql(`
  fragment MatterDetail on EnforcementMatter {
    ...MatterRow
    createdAt
    updatedAt
    retiredAt
    retiredReason
    retiredBy
  }
`);

const MatterQuery = graphql(`
  query Matter($id: ID!) {
    matter(id: $id) {
      ...MatterDetail
    }
  }
`);

const CreateMatterMutation = graphql(`
  mutation CreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      ...MatterDetail
    }
  }
`);

const UpdateMatterMutation = graphql(`
  mutation UpdateMatter($id: ID!, $version: Int!, $input: MatterInput!) {
    updateMatter(id: $id, version: $version, input: $input) {
      ...MatterDetail
    }
  }
`);

export const RetireMatter = graphql(`
  mutation RetireMatter($id: ID!, $version: Int!, $reason: String!) {
    retireMatter(id: $id, version: $version, reason: $reason) {
      ...MatterDetail
    }
  }
`);

export const MatterChangeLogQuery = graphql(`
  query MatterChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    matter(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

export const MajorReviewCatalogueQuery = graphql(`
  query MajorReviewCatalogue($agencyId: ID!) {
    majorReviewCatalogue(agencyId: $agencyId) {
      id
      kind
      matterId
      minimumYuan
      sourceText
      version
    }
  }
`);

export const AddMajorReviewEntry = graphql(`
  mutation AddMajorReviewEntry($input: MajorReviewEntryInput!) {
    addMajorReviewEntry(input: $input) {
      id
      version
    }
  }
`);

export const RemoveMajorReviewEntry = graphql(`
  mutation RemoveMajorReviewEntry($id: ID!, $version: Int!) {
    removeMajorReviewEntry(id: $id, version: $version)
  }
`);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The form's values as the API's MatterInput (create adds the agency). */
export function toMatterInput(data: Record<string, unknown>): MatterInput {
  const seq = data.listSeq === '' || data.listSeq == null ? null : Number(data.listSeq);
  return {
    name: typeof data.name === 'string' ? data.name.trim() : '',
    category: data.category as MatterCategory,
    unit: text(data.unit),
    field: text(data.field),
    legalBasis: typeof data.legalBasis === 'string' ? data.legalBasis.trim() : '',
    listSeq: seq,
  };
}

export const matters = defineResource<MatterFilter, MatterOrderField>({
  sortFields: { listSeq: 'LIST_SEQ', name: 'NAME', category: 'CATEGORY' },
  filterKeys: ['search', 'ids', 'agencyId', 'category', 'includeRetired'],
  list: async (variables) => (await request(MattersQuery, variables)).matters,
  one: async (id) => (await request(MatterQuery, { id })).matter,
  create: async (data) => (await request(CreateMatterMutation, { input: { ...toMatterInput(data), agencyId: String(data.agencyId ?? '') } })).createMatter,
  update: async (id, data, previousData) =>
    (await request(UpdateMatterMutation, { id, input: toMatterInput(data), version: Number(previousData.version ?? data.version) })).updateMatter,
});
