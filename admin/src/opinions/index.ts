import DescriptionIcon from '@mui/icons-material/Description';
import { OpinionList } from './OpinionList';
import { OpinionShow } from './OpinionShow';
import type { OpinionRecord } from '../reviews/types';

/** 行政执法监督意见书 (003 第15条): list with countdowns, the opinion page, its print view (App.tsx route). */
export default {
  list: OpinionList,
  show: OpinionShow,
  icon: DescriptionIcon,
  recordRepresentation: (record: Pick<OpinionRecord, 'number'>) => record.number,
};

export { OpinionPrint } from './OpinionPrint';
