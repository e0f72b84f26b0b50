import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';
import type { CaseRow } from './types';

/** 行政执法案件: list, registration, the case page (its steps are the server's availableActions). */
export default {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  icon: FolderOpenIcon,
  recordRepresentation: (record: CaseRow) => record.number,
};

export { LegalReviewQueue } from './LegalReviewQueue';
