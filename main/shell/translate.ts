import i18next, { type TFunction } from 'i18next';
import { resources } from '../../shared/i18n';

/** The shell's own words (menus, the update prompt) in the interface language, as the window has them. */
export async function translator(language: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, fallbackLng: 'zh-CN', resources });
  return instance.t;
}
