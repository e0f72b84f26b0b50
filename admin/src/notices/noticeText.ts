/** How the official documents write the grounds of 004 第二十三条: the item numbers and the article's words. */
import type { NoticeGround } from '../gql/graphql';
import { enumLabels } from '../labels';

export const NOTICE_GROUND_ITEMS: Record<NoticeGround, string> = {
  SUBJECT_AUTHORITY_PROCEDURE: '（一）',
  DECISION_UNLAWFUL: '（二）',
  DUTY_UNFULFILLED: '（三）',
  SYSTEM_IRREGULAR: '（四）',
  IMPROPER_BENEFIT: '（五）',
  UNCIVIL_ENFORCEMENT: '（六）',
  OTHER_VIOLATION: '（七）',
};

/** The article's wording (always Chinese: the document is). */
export const groundText = (g: NoticeGround) => `${enumLabels.NoticeGround[g]}；`;
