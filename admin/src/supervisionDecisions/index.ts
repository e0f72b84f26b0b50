import GavelIcon from '@mui/icons-material/Gavel';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';
import type { DecisionRow } from '../notices/types';

/** 行政执法监督决定书 (004 第二十五条): list and page; issued from an unrectified notice's page. */
export default {
  list: DecisionList,
  show: DecisionShow,
  icon: GavelIcon,
  recordRepresentation: (record: DecisionRow) => record.number,
};

export { DecisionPrint } from './DecisionPrint';
