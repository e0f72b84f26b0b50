/** The print view of a 行政执法监督意见书 (issue item 8), laid out as the official document by `OfficialDocument`. */
import { Alert, LinearProgress } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { DocParagraph, OfficialDocument, officialDate } from '../documents/OfficialDocument';
import { showQueryOptions } from '../common/showQueryOptions';
import type { OpinionRecord } from '../reviews/types';

export const OpinionPrint = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: o, isPending, error } = useGetOne<OpinionRecord>('opinions', { id: id!, ...showQueryOptions });
  if (isPending) return <LinearProgress />;
  if (error || !o) return <Alert severity="error">{error ? translate(error.message, { _: error.message }) : ''}</Alert>;
  return (
    <OfficialDocument issuer={o.issuerName} number={o.number} title={o.title} addressee={o.agencyName} date={o.issuedOn} backTo={`/opinions/${o.id}/show`}>
      <DocParagraph>
        根据《昌吉市行政执法质量提升行动工作方案》第15条和《昌吉州行政执法监督办法》第十八条，本机关组织开展了行政执法案卷评查。经评查，你单位下列行政执法案卷存在问题：
      </DocParagraph>
      {o.findings.map((f, i) => (
        <DocParagraph key={f.reviewId}>
          {i + 1}. 案件{f.caseNumber}{f.result != null ? `（评查得分 ${f.result} 分）` : ''}：{f.reasons.join('；')}。
        </DocParagraph>
      ))}
      {o.requirements.split('\n').filter((line) => line.trim()).map((line, i) => (
        <DocParagraph key={`r${i}`}>{line}</DocParagraph>
      ))}
      <DocParagraph>
        请于{officialDate(o.deadline.dueOn)}前完成整改，并将整改情况书面报送本机关（{o.deadline.rule}）。逾期未整改完毕的，本机关将依法制发《行政执法监督通知书》。
      </DocParagraph>
    </OfficialDocument>
  );
};
