import RuleFolderIcon from '@mui/icons-material/RuleFolder';
import { ReviewBatchCreate } from './ReviewBatchCreate';
import { ReviewBatchList } from './ReviewBatchList';
import { ReviewBatchShow } from './ReviewBatchShow';
import type { ReviewBatchRecord } from './types';

/** 案卷评查 (003 第15条): quarterly batches, drawn, scored, checked, concluded; findings → 监督意见书. */
export default {
  list: ReviewBatchList,
  show: ReviewBatchShow,
  create: ReviewBatchCreate,
  icon: RuleFolderIcon,
  recordRepresentation: (record: Pick<ReviewBatchRecord, 'title'>) => record.title,
};
