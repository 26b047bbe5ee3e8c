import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeployTarget } from '../../shared/deploy-target';
import type { Settings } from '../../shared/settings';
import { client } from '../api/client';
import { refresh, useCall } from '../api/queries';
import { describeError } from '../i18n';
import { BackupSettings } from '../settings/BackupSettings';
import { LocalSettings } from '../settings/LocalSettings';
import { TargetForm } from './TargetForm';

interface Props {
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onFailure: (error: unknown) => void;
}

const blank = (): DeployTarget => ({ id: `t${Date.now().toString(36)}`, name: '', kind: 'sftp', path: '', host: '', port: 0, user: '', keyFile: '', fingerprint: '' });

/** Deploy targets: add, edit, test the connection, choose the one the queue publishes to; and who is publishing. */
export function TargetsPanel({ settings, onSettings, onFailure }: Props) {
  const { t } = useTranslation();
  const { value: list, error } = useCall('targets.list', {});
  const [adding, setAdding] = useState<DeployTarget>();
  const [checks, setChecks] = useState<Record<string, { ok: boolean; text: string }>>({});
  const reload = () => void refresh('targets.list');

  const test = async (id: string) => {
    setChecks((c) => ({ ...c, [id]: { ok: true, text: '…' } }));
    try {
      const check = await client['targets.test']({ id });
      const text = [t('target.testOk', { files: check.files }), check.firstTime ? t('target.firstTime', { fingerprint: check.fingerprint }) : ''].join(' ');
      setChecks((c) => ({ ...c, [id]: { ok: true, text } }));
      reload();
    } catch (e) {
      setChecks((c) => ({ ...c, [id]: { ok: false, text: describeError(e) } }));
    }
  };
  const act = (work: () => Promise<unknown>) => () => work().then(reload, onFailure);

  if (error) return <p className="failure" role="alert">{error}</p>;
  if (!list) return null;
  return (
    <div className="site-settings">
      <LocalSettings settings={settings} onSaved={onSettings} onFailure={onFailure} />
      <BackupSettings settings={settings} onSaved={onSettings} onFailure={onFailure} />
      {list.targets.length === 0 && !adding && <p className="placeholder">{t('target.none')}</p>}
      {list.targets.map((target) => (
        <section key={target.id} aria-label={target.name}>
          <h2>
            {target.name} {list.active === target.id && <span className="badge">{t('target.active')}</span>}
          </h2>
          <TargetForm target={target} secretSource={list.secrets[target.id] ?? 'none'} onSaved={reload} onFailure={onFailure} />
          <div className="filters-row">
            <button onClick={() => test(target.id)}>{t('target.test')}</button>
            {list.active !== target.id && <button onClick={act(() => client['targets.setActive']({ id: target.id }))}>{t('target.makeActive')}</button>}
            <button className="danger" onClick={act(() => client['targets.remove']({ id: target.id }))}>
              {t('target.remove')}
            </button>
          </div>
          {checks[target.id] && (
            <p className={checks[target.id]!.ok ? 'ok' : 'failure'} role={checks[target.id]!.ok ? 'status' : 'alert'}>
              {checks[target.id]!.text}
            </p>
          )}
        </section>
      ))}
      {adding ? (
        <section aria-label={t('target.add')}>
          <h2>{t('target.add')}</h2>
          <TargetForm
            target={adding}
            secretSource="none"
            onSaved={() => {
              setAdding(undefined);
              reload();
            }}
            onFailure={onFailure}
          />
        </section>
      ) : (
        <button onClick={() => setAdding(blank())}>{t('target.add')}</button>
      )}
    </div>
  );
}
