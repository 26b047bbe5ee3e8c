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

/** Any failure as a sentence in the interface language. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return i18next.t(error.key, { ...error.params, defaultValue: error.message });
  return i18next.t('error.internal', { detail: error instanceof Error ? error.message : String(error) });
}

export default i18next;
