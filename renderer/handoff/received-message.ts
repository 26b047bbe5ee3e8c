import type { TFunction } from 'i18next';
import type { Received } from '../../shared/handoff';

/** One received package as a sentence: what came in, or why it was refused. */
export function receivedMessage(t: TFunction, r: Received): string {
  if (r.outcome === 'refused') return t('handoff.refused', { file: r.file.split(/[\\/]/).pop(), reason: t(r.reason!.key, { ...r.reason!.params, defaultValue: r.reason!.message }) });
  return t(`handoff.${r.outcome}`, { title: r.title });
}
