import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { NoticeCreate } from './NoticeCreate';
import { NoticeList } from './NoticeList';
import { NoticeShow } from './NoticeShow';
import type { NoticeRow } from './types';

/** 行政执法监督通知书 (004 第二十三条、第二十四条): list, issue (from a complaint or a case), the notice page. */
export default {
  list: NoticeList,
  show: NoticeShow,
  create: NoticeCreate,
  icon: AssignmentLateIcon,
  recordRepresentation: (record: NoticeRow) => record.number,
};

export { NoticePrint } from './NoticePrint';
export { IssueNoticeButton } from './IssueNoticeButton';
export { CaseNoticesPanel, CaseCorrectionBanner } from './CaseNoticesPanel';
