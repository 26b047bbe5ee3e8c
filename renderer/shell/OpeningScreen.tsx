import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningStatus } from '../../shared/opening';
import { client } from '../api/client';
import { openingKey } from '../api/queries';
import i18n, { describeError, describeErrorData } from '../i18n';

/** Opening that is over this soon shows nothing in between; longer, the opening screen. */
const showAfter = 500;

/**
 * The window before the library is open: blank for the first half second, then the opening
 * screen, with what opening does and how far it is; the workspace once it is open; the
 * opening's error (locked, unreadable) when it could not be opened. Main's library.opening
 * events keep the status true; the call gives it to a window that comes late.
 */
export function OpeningGate({ children }: { children: ReactNode }) {
  const query = useQuery({ queryKey: openingKey, queryFn: () => client['library.opening']({}) });
  const status = query.data;
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), showAfter);
    return () => clearTimeout(timer);
  }, []);
  const language = status && status.state !== 'open' ? status.language : undefined;
  useEffect(() => {
    if (language) void i18n.changeLanguage(language);
  }, [language]);
  if (status?.state === 'open') return children;
  if (status?.state === 'failed' || query.error) return <OpeningScreen status={status} failure={query.error ?? undefined} />;
  if (!late) return <div className="opening" aria-busy="true" />;
  return <OpeningScreen status={status} />;
}

/** 正在打开资料库…, the step under way and a progress bar; or why it could not be opened. */
export function OpeningScreen({ status, failure }: { status?: OpeningStatus; failure?: unknown }) {
  const { t } = useTranslation();
  const step = status?.state === 'opening' ? status.step : undefined;
  const counted = step && 'done' in step ? step : undefined;
  const error = status?.state === 'failed' ? describeErrorData(status.error) : failure ? describeError(failure) : undefined;
  return (
    <main className="opening" aria-busy={!error}>
      <div className="opening-card">
        <h1>{t('app.name')}</h1>
        {error ? (
          <div role="alert">
            <p className="failure">{t('app.openFailed', { message: error })}</p>
            <p>{t('opening.failedHint')}</p>
          </div>
        ) : (
          <>
            <p className="opening-title">{t('app.loading')}</p>
            <p className="opening-step" role="status">
              {step && t(`opening.${step.step}`, counted ? { done: counted.done.toLocaleString('en'), total: counted.total.toLocaleString('en') } : {})}
            </p>
            {/* Without counts the bar only says that work goes on. */}
            <progress aria-label={t('app.loading')} max={counted?.total || undefined} value={counted ? counted.done : undefined} />
          </>
        )}
      </div>
    </main>
  );
}
