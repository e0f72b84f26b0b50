import type { ComplaintRecord } from './types';
import { IssueNoticeButton } from '../notices';

/**
 * The complaint page's action bar for acts that start elsewhere from a complaint: 下发监督通知书 naming this
 * complaint (004 第二十三条; the notices' create page prefilled from it).
 */
export const ComplaintExtraActions = (_props: { record: ComplaintRecord }) => <IssueNoticeButton from="complaint" />;
