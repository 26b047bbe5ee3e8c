import type { TFunction } from 'i18next';
import type { Received } from '../../shared/handoff';
import { describeErrorData } from '../i18n';

/** One received package as a sentence: what came in, or why it was refused. */
export function receivedMessage(t: TFunction, r: Received): string {
  if (r.outcome === 'refused') return t('handoff.refused', { file: r.file.split(/[\\/]/).pop(), reason: describeErrorData(r.reason!) });
  return t(`handoff.${r.outcome}`, { title: r.title });
}
