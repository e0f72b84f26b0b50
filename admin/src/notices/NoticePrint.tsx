/**
 * The print view of a 《行政执法监督通知书》 laid out as the official document (OfficialDocument): number, addressee
 * (the supervised agency), the grounds of 004 第二十三条 and the facts, what must be corrected, the three periods of
 * 004 第二十四条 and the right to object written out as the document states them, the issuing body and the date.
 */
import { LinearProgress } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { DocParagraph, OfficialDocument, officialDate } from '../documents/OfficialDocument';
import { NOTICE_GROUND_ITEMS, groundText } from './noticeText';
import type { NoticeRecord } from './types';

export const NoticePrint = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const { data: n, isPending, error } = useGetOne<NoticeRecord>('notices', { id: id ?? '' }, { enabled: !!id });
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (error || !n) return <>{translate('ra.page.not_found')}</>;
  const cases = n.cases.filter((c): c is NonNullable<typeof c> => !!c);
  return (
    <OfficialDocument issuer={n.issuerName} number={n.number} title="行政执法监督通知书" addressee={n.agency.name} date={n.issuedOn} backTo={`/notices/${n.id}/show`}
      footer={n.complaints.length || cases.length ? (
        <div data-testid="document-related">
          {cases.length > 0 && <div>涉及案件：{cases.map((c) => c.number).join('、')}</div>}
          {n.complaints.length > 0 && <div>投诉举报：{n.complaints.map((c) => c.number).join('、')}</div>}
        </div>
      ) : undefined}
    >
      <DocParagraph>经查，你单位存在《昌吉州行政执法监督办法》第二十三条规定的下列情形：</DocParagraph>
      {n.grounds.map((g) => (
        <DocParagraph key={g}>{NOTICE_GROUND_ITEMS[g]}{groundText(g)}</DocParagraph>
      ))}
      <DocParagraph>{n.facts}</DocParagraph>
      <DocParagraph>根据《昌吉州行政执法监督办法》第二十三条的规定，现责令你单位改正。整改要求如下：{n.requirement}</DocParagraph>
      <DocParagraph>
        请你单位自收到本通知书之日起三十日内整改完毕，并将整改情况书面报送我单位
        {n.rectificationDeadline ? `（本通知书于${officialDate(n.receivedOn!)}送达，整改期限至${officialDate(n.rectificationDeadline.dueOn)}届满）` : ''}。
      </DocParagraph>
      <DocParagraph>
        你单位对本通知书有异议的，可以自收到本通知书之日起七日内向我单位申请复查
        {n.objectionDeadline ? `（至${officialDate(n.objectionDeadline.dueOn)}）` : ''}；我单位将自收到复查申请之日起十五日内予以复查并答复。
      </DocParagraph>
      <DocParagraph>逾期不改正或者拒不改正的，我单位将依照《昌吉州行政执法监督办法》第二十五条的规定作出处理。</DocParagraph>
      <DocParagraph>特此通知。</DocParagraph>
    </OfficialDocument>
  );
};
