/**
 * The print view of a 问题线索移送函 (004 第三十一条), `#/referrals/:id/print`, laid out by `OfficialDocument`: the
 * issuing body, its number (监移〔2026〕1号), the receiving body as addressee, the body — what was found, under which
 * paragraph of 第三十一条 it is referred, the clue, the related cases and complaints — the date it was sent, and a 回执
 * slip at the foot for the receiving body to return. Only a referral that has been sent (numbered) is printed.
 */
import { Alert, Box, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useDataProvider, useGetMany, useTranslate } from 'react-admin';
import { DocParagraph, OfficialDocument } from '../documents/OfficialDocument';
import type { JianduDataProvider } from '../dataProvider';
import { refusalMessage } from '../common/serverErrors';
import { enumKey } from '../labels';

export const ReferralPrint = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const query = useQuery({ queryKey: ['referrals', 'letter', { id }], queryFn: () => dataProvider.referralLetter({ id }) });
  const r = query.data;
  const cases = useGetMany('cases', { ids: r?.caseIds ?? [] }, { enabled: !!r?.caseIds.length });
  const complaints = useGetMany('complaints', { ids: r?.complaintIds ?? [] }, { enabled: !!r?.complaintIds.length });
  if (query.isPending) return <LinearProgress />;
  if (query.isError || !r) return <Alert severity="error">{translate(refusalMessage(query.error), { _: refusalMessage(query.error) })}</Alert>;
  if (!r.number || !r.sentOn || !r.issuerName) return <Alert severity="warning">{translate('jiandu.onsite.referrals.not_sent')}</Alert>;
  const agency = r.agency?.name ?? '';
  const officers = r.officerNames.join('、');
  const found =
    r.clueKind === 'DUTY_OFFENCE'
      ? translate('jiandu.onsite.letter.duty', { agency, officers, offence: translate(enumKey('DutyOffence', r.offence ?? 'OTHER')) })
      : translate('jiandu.onsite.letter.public_interest', {
          agency,
          field: translate(enumKey('PublicInterestField', r.field ?? 'STATE_PROPERTY')),
          conduct: translate(enumKey('PublicInterestConduct', r.conduct ?? 'INACTION')),
        });
  const related = [
    cases.data?.length ? translate('jiandu.onsite.letter.cases', { list: cases.data.map((c) => String(c.number)).join('、') }) : null,
    complaints.data?.length ? translate('jiandu.onsite.letter.complaints', { list: complaints.data.map((c) => String(c.number)).join('、') }) : null,
  ].filter(Boolean);
  return (
    <OfficialDocument
      issuer={r.issuerName}
      number={r.number}
      title={r.documentTitle}
      addressee={r.recipientName}
      date={r.sentOn}
      backTo={`/referrals/${r.id}/show`}
      footer={
        <Box data-testid="referral-receipt-slip">
          <Box sx={{ textAlign: 'center', fontWeight: 700, letterSpacing: '0.5em' }}>{translate('jiandu.onsite.letter.receipt_title')}</Box>
          <div>{translate('jiandu.onsite.letter.receipt_text', { issuer: r.issuerName, number: r.number })}</div>
          <div>{translate('jiandu.onsite.letter.receipt_fields')}</div>
        </Box>
      }
    >
      <DocParagraph>{found}</DocParagraph>
      <DocParagraph>{translate('jiandu.onsite.letter.summary', { summary: r.summary })}</DocParagraph>
      {related.map((line) => (
        <DocParagraph key={String(line)}>{line}</DocParagraph>
      ))}
      <DocParagraph>{translate('jiandu.onsite.letter.closing')}</DocParagraph>
    </OfficialDocument>
  );
};
