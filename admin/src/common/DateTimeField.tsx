import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/**
 * A DateTimeISO shown in the reader's language and always in China time (the statutory calendar's), so a
 * clerk abroad or a machine set to UTC sees the same day: 2026/11/24 08:25 in Chinese, 24/11/2026, 08:25 in English.
 */
export const DateTimeField = ({ showTime = true, ...props }: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      {...props}
      showTime={showTime}
      locales={locale === 'en' ? 'en-GB' : 'zh-CN'}
      options={
        showTime
          ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' }
          : { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai' }
      }
    />
  );
};
