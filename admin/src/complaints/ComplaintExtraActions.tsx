import type { ComplaintRecord } from './types';

/**
 * SLOT of the complaint page's action bar for acts that start elsewhere from a complaint — the notices branch adds
 * its “下发监督通知书” button here (a 监督通知书 naming this complaint, 004 第二十三条). Renders nothing until then;
 * keep the props: the complaint as the page shows it.
 */
export const ComplaintExtraActions = (_props: { record: ComplaintRecord }) => null;
