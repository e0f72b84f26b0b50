/**
 * The print view of a 《行政执法监督决定书》 (004 第二十五条) laid out as the official document: number, addressee
 * (the supervised agency), the notice it follows and why it went unrectified, the facts and reasons, the decision
 * in the words of its type, the issuing body and the date.
 */
import { LinearProgress } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { DocParagraph, OfficialDocument, officialDate } from '../documents/OfficialDocument';
import type { DecisionRecord } from '../notices/types';

/** The operative sentence of each type (004 第二十五条). */
function operative(d: DecisionRecord): string {
  const c = d.case ? `${d.case.number}` : '';
  switch (d.type) {
    case 'REVOKE':
      return `撤销你单位作出的${c}行政执法决定。`;
    case 'CONFIRM_ILLEGAL':
      return `确认你单位作出的${c}行政执法决定违法。`;
    case 'CONFIRM_INVALID':
      return `确认你单位作出的${c}行政执法决定无效。`;
    case 'ORDER_PERFORMANCE':
      return `责令你单位于${d.performBy ? officialDate(d.performBy) : ''}前依法履行法定职责${d.requirement ? `：${d.requirement}` : '。'}`;
    case 'ORDER_CORRECTION':
      return `责令你单位${c ? `对${c}案件` : ''}予以补正或者改正${d.requirement ? `：${d.requirement}` : '。'}`;
  }
}

export const DecisionPrint = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const { data: d, isPending, error } = useGetOne<DecisionRecord>('supervision-decisions', { id: id ?? '' }, { enabled: !!id });
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (error || !d) return <>{translate('ra.page.not_found')}</>;
  const n = d.notice;
  const why = n.status === 'NOT_ACCEPTED' ? '经核验，你单位整改未到位，拒不改正' : `你单位逾期未改正${n.rectificationDeadline ? `（整改期限已于${officialDate(n.rectificationDeadline.dueOn)}届满）` : ''}`;
  const reaches = d.type === 'REVOKE' || d.type === 'CONFIRM_ILLEGAL' || d.type === 'CONFIRM_INVALID';
  return (
    <OfficialDocument issuer={d.issuerName} number={d.number} title="行政执法监督决定书" addressee={d.agency.name} date={d.decidedOn} backTo={`/supervision-decisions/${d.id}/show`}>
      <DocParagraph>
        我单位于{officialDate(n.issuedOn)}向你单位下发《行政执法监督通知书》（{n.number}）{n.receivedOn ? `，你单位于${officialDate(n.receivedOn)}收到` : ''}。{why}。
      </DocParagraph>
      <DocParagraph>{d.reasons}</DocParagraph>
      <DocParagraph>根据《昌吉州行政执法监督办法》第二十五条的规定，决定如下：</DocParagraph>
      <DocParagraph>{operative(d)}</DocParagraph>
      {reaches && d.requirement && <DocParagraph>{d.requirement}</DocParagraph>}
      {reaches && <DocParagraph>被撤销、确认违法或者无效的行政执法决定，应当及时从行政执法信息公示平台撤下。</DocParagraph>}
      <DocParagraph>无正当理由拒不执行或者拖延执行本决定书的，依照《昌吉州行政执法监督办法》第三十二条的规定追究责任。</DocParagraph>
    </OfficialDocument>
  );
};
