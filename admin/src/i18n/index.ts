import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { zh } from './zh';

export const locales = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

const messages: Record<string, typeof zh | typeof en> = { zh, en };

/** Chinese first; English when the user picks it in the app bar (react-admin's store keeps the choice). */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? zh, 'zh', locales);
