import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetKinds, type DeployTarget, type SecretSource } from '../../shared/deploy-target';
import { client } from '../api/client';

interface Props {
  target: DeployTarget;
  secretSource: SecretSource;
  onSaved: () => void;
  onFailure: (error: unknown) => void;
}

/** One deploy target's settings; the password is sent once and stored apart from the target. */
export function TargetForm({ target, secretSource, onSaved, onFailure }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(target);
  const [secret, setSecret] = useState('');
  const set = (patch: Partial<DeployTarget>) => setDraft((d) => ({ ...d, ...patch }));
  const remote = draft.kind !== 'folder';
  const save = async () => {
    try {
      await client['targets.save']({ target: draft, secret: secret || undefined });
      setSecret('');
      onSaved();
    } catch (e) {
      onFailure(e);
    }
  };
  const field = (name: keyof DeployTarget, label: string, input: React.ReactNode) => (
    <label className="field" key={name}>
      {label}
      {input}
    </label>
  );
  return (
    <form className="site-grid target-form" aria-label={target.name ? undefined : t('target.add')} onSubmit={(e) => (e.preventDefault(), void save())}>
      {field('name', t('target.name'), <input value={draft.name} onChange={(e) => set({ name: e.target.value })} required />)}
      {field(
        'kind',
        t('target.kind'),
        <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as DeployTarget['kind'] })}>
          {targetKinds.map((k) => (
            <option key={k} value={k}>
              {t(`target.kinds.${k}`)}
            </option>
          ))}
        </select>,
      )}
      {remote && field('host', t('target.host'), <input value={draft.host} onChange={(e) => set({ host: e.target.value })} required />)}
      {remote && field('port', t('target.port'), <input inputMode="numeric" value={draft.port || ''} onChange={(e) => set({ port: Number(e.target.value) || 0 })} />)}
      {remote && field('user', t('target.user'), <input value={draft.user} onChange={(e) => set({ user: e.target.value })} required />)}
      {draft.kind === 'sftp' && field('keyFile', t('target.keyFile'), <input value={draft.keyFile} onChange={(e) => set({ keyFile: e.target.value })} />)}
      {remote && (
        <label className="field">
          {draft.keyFile ? t('target.passphrase') : t('target.secret')}
          <input type="password" autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} />
          {secretSource !== 'none' && <small>{t('target.secretKept', { source: t(`target.secretSource.${secretSource}`) })}</small>}
        </label>
      )}
      {field('path', t('target.path'), <input value={draft.path} onChange={(e) => set({ path: e.target.value })} required />)}
      {draft.fingerprint && (
        <p className="field wide">
          {t('target.fingerprint')}: <code>{draft.fingerprint}</code> <button type="button" onClick={() => set({ fingerprint: '' })}>{t('target.clearFingerprint')}</button>
        </p>
      )}
      <div className="filters-row">
        <button className="primary" type="submit">
          {t('target.save')}
        </button>
      </div>
    </form>
  );
}
