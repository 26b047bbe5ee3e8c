import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ApiError } from '../shared/errors';
import { resources } from '../shared/i18n';

void i18next.use(initReactI18next).init({
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  resources,
  interpolation: { escapeValue: false }, // React escapes
});

/** A failure that crossed the wire as data (a queue item's, a log record's, a draft's) as a sentence. */
export function describeErrorData(data: { key: string; params?: Record<string, string | number>; message: string }): string {
  return i18next.t(data.key, { ...data.params, defaultValue: data.message });
}

/** Any failure as a sentence in the interface language. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return describeErrorData(error);
  return i18next.t('error.internal', { detail: error instanceof Error ? error.message : String(error) });
}

export default i18next;
