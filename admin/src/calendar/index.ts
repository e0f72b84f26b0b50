import EventIcon from '@mui/icons-material/Event';
import type { CalendarYearRecord } from '../dataProvider/calendar';
import { CalendarYearCreate, CalendarYearEdit } from './CalendarYearEdit';
import { CalendarYearList } from './CalendarYearList';
import { CalendarYearShow } from './CalendarYearShow';

export default {
  list: CalendarYearList,
  show: CalendarYearShow,
  create: CalendarYearCreate,
  edit: CalendarYearEdit,
  icon: EventIcon,
  recordRepresentation: (record: CalendarYearRecord) => `${record.year}`,
};
