/**
 * Document numbers of supervision's official documents (文号): each issuing body keeps one series per kind of
 * document and year, gapless, e.g. 监通〔2026〕3号 — the 3rd 《行政执法监督通知书》 the body issued in 2026
 * (004 第二十三条 通知书, 第二十五条 决定书; 003 第15条 监督意见书; 004 第三十三条 处理建议; 004 第三十一条 移送).
 */
import { registerEnumType } from 'type-graphql';

export enum SupervisionDocumentKind {
  NOTICE = 'NOTICE',
  DECISION = 'DECISION',
  OPINION = 'OPINION',
  SANCTION = 'SANCTION',
  REFERRAL = 'REFERRAL',
}
registerEnumType(SupervisionDocumentKind, {
  name: 'SupervisionDocumentKind',
  description: '监督文书种类 (kind of supervision document, each with its own number series per issuing body and year)',
  valuesConfig: {
    NOTICE: { description: '行政执法监督通知书 (004 第二十三条)' },
    DECISION: { description: '行政执法监督决定书 (004 第二十五条)' },
    OPINION: { description: '行政执法监督意见书 (003 第15条)' },
    SANCTION: { description: '处理建议书 (sanction on an officer, 004 第三十三条)' },
    REFERRAL: { description: '问题线索移送函 (referral of clues, 004 第三十一条)' },
  },
});

/** The title printed on each kind of document. */
export const DOCUMENT_TITLE: Record<SupervisionDocumentKind, string> = {
  NOTICE: '行政执法监督通知书',
  DECISION: '行政执法监督决定书',
  OPINION: '行政执法监督意见书',
  SANCTION: '行政执法人员处理建议书',
  REFERRAL: '问题线索移送函',
};

/** The word of each series (文号前缀). */
export const DOCUMENT_PREFIX: Record<SupervisionDocumentKind, string> = {
  NOTICE: '监通',
  DECISION: '监决',
  OPINION: '监意',
  SANCTION: '监处',
  REFERRAL: '监移',
};

/** 监通〔2026〕3号. */
export function documentNumber(kind: SupervisionDocumentKind, year: number, seq: number): string {
  return `${DOCUMENT_PREFIX[kind]}〔${year}〕${seq}号`;
}
