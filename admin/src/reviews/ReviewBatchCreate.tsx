import { useQuery } from '@tanstack/react-query';
import {
  AutocompleteArrayInput, AutocompleteInput, Create, LinearProgress, NumberInput, ReferenceArrayInput, ReferenceInput, SelectInput, SimpleForm, TextInput,
  minValue, required, useDataProvider, useTranslate,
} from 'react-admin';
import { useToday } from '../common/useToday';
import { REF_PROJECTION, type JianduDataProvider } from '../dataProvider';

const bySearch = (search: string) => ({ search });

/**
 * 组织案卷抽查 (003 第15条): the scope, the quarter (this one by default, by the server's clock), the reviewers, and
 * optionally the sample size, the seed and the criteria version. The server checks the reviewers' 执法监督证, the
 * quarter, the candidates and 回避, and says what is wrong in Chinese.
 */
export const ReviewBatchCreate = () => {
  const translate = useTranslate();
  const today = useToday();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const criteria = useQuery({ queryKey: ['jiandu', 'reviewCriteria'], queryFn: () => dataProvider.reviewCriteria({}) });
  if (!today || criteria.isPending) return <LinearProgress />;
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters = [1, 2, 3, 4].map((n) => ({ id: n, name: translate('jiandu.reviews.quarter_n', { n, zh: '一二三四'[n - 1] }) }));
  const versions = (criteria.data ?? []).map((c) => ({ id: c.version, name: translate('jiandu.reviews.criteria_version', { version: c.version, title: c.title, total: c.total, below: c.findingBelow }) }));
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year, quarter, reviewerIds: [] }} sx={{ maxWidth: 760 }}>
        <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
          <AutocompleteInput filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" />
        </ReferenceInput>
        <NumberInput source="year" validate={[required(), minValue(2000)]} helperText="jiandu.reviews.year_helper" />
        <SelectInput source="quarter" choices={quarters} validate={required()} />
        <ReferenceArrayInput source="reviewerIds" reference="officers">
          <AutocompleteArrayInput filterToQuery={bySearch} validate={required()} helperText="jiandu.reviews.reviewers_helper" noOptionsText="jiandu.common.no_options" />
        </ReferenceArrayInput>
        <NumberInput source="sampleSize" min={1} helperText="jiandu.reviews.sample_helper" />
        <TextInput source="seed" helperText="jiandu.reviews.seed_helper" />
        <SelectInput source="criteriaVersion" choices={versions} emptyText="jiandu.reviews.criteria_helper" helperText="jiandu.reviews.criteria_helper" />
        <TextInput source="title" />
      </SimpleForm>
    </Create>
  );
};
