import { useRecordContext } from 'react-admin';

/** A page title that is the record's name (执法主体, 执法人员, 执法事项 pages). */
export const RecordNameTitle = () => {
  const record = useRecordContext<{ name?: string | null }>();
  return <span>{record?.name ?? ''}</span>;
};
