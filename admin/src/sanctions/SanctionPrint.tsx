/**
 * The print view of a 行政执法人员处理建议书 (004 第三十三条), laid out by `OfficialDocument`: the issuing body, the
 * number, the title, the addressee (the officer's unit — 建议其所在单位…), the body, the date. The document's text is
 * Chinese whatever the console's language: it is the official document as issued (the ground, the recommendation
 * and the consequence come from the server).
 */
import { Box, LinearProgress } from '@mui/material';
import { useGetOne } from 'react-admin';
import { useParams } from 'react-router-dom';
import { DocParagraph, OfficialDocument } from '../documents/OfficialDocument';
import { showQueryOptions } from '../common/showQueryOptions';
import type { SanctionQuery } from '../gql/graphql';

type SanctionRecord = SanctionQuery['sanction'];

export const SanctionPrint = () => {
  const { id = '' } = useParams();
  const { data: s, isPending } = useGetOne<SanctionRecord>('sanctions', { id, meta: showQueryOptions.meta });
  if (isPending || !s) return <Box sx={{ p: 4 }}>{isPending && <LinearProgress />}</Box>;
  const name = s.officer?.name ?? '';
  const cert = s.effect?.certificateNumber ?? s.officer?.certificate?.number;
  const related = [
    s.relatedComplaints.length ? `相关投诉举报：${s.relatedComplaints.map((c) => c.number).join('、')}` : null,
    s.relatedCaseIds.length ? `相关案件：${s.relatedCaseIds.length} 件（见监督档案）` : null,
  ].filter(Boolean);
  return (
    <OfficialDocument
      issuer={s.issuerName}
      number={s.number}
      title={s.title}
      addressee={s.agencyName}
      date={s.issuedOn}
      backTo={`/sanctions/${s.id}/show`}
      footer={
        <>
          {related.map((r) => (
            <div key={r}>{r}</div>
          ))}
          <div>承办人：{s.issuedBy}</div>
        </>
      }
    >
      <DocParagraph>
        经查，你单位行政执法人员{name}
        {cert ? `（行政执法证号：${cert}）` : ''}有下列行为：{s.facts}
      </DocParagraph>
      <DocParagraph>上述行为属于{s.groundText}情形。</DocParagraph>
      <DocParagraph>{s.recommendation}。</DocParagraph>
      {s.reachesCertificate ? (
        <DocParagraph>
          本处理自{s.effectiveOn}起生效：{s.consequence}。
        </DocParagraph>
      ) : (
        <DocParagraph>{s.consequence}。</DocParagraph>
      )}
      <DocParagraph>请你单位根据情节作出处理决定，并将处理结果书面报送本机关。</DocParagraph>
    </OfficialDocument>
  );
};
