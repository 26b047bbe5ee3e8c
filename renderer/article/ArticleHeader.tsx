import { Copy, Eye, Focus, History, PanelRight, Send, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../common/IconButton';
import { Menu } from '../common/Menu';
import { SaveStatusLabel } from './SaveStatusLabel';

interface Props {
  id: string;
  showFields: boolean;
  showPreview: boolean;
  history: boolean;
  onFields: () => void;
  onPreview: () => void;
  onHistory: () => void;
  onFocus: () => void;
  onSend: () => void;
  onDuplicate: () => void;
  onTrash: () => void;
}

/** The line above the article: its save state, the panels beside it, and what can be done with it. */
export function ArticleHeader(p: Props) {
  const { t } = useTranslation();
  return (
    <div className="pane-header">
      <SaveStatusLabel id={p.id} />
      <span className="spacer" />
      <div className="header-actions">
        <IconButton icon={PanelRight} label={t('ui.fields')} aria-pressed={p.showFields} onClick={p.onFields} />
        <IconButton icon={Eye} label={t('ui.preview')} aria-pressed={p.showPreview && !p.history} onClick={p.onPreview} />
        <IconButton icon={History} label={t('history.open')} aria-pressed={p.history} onClick={p.onHistory} />
        <IconButton icon={Focus} label={t('ui.focus')} onClick={p.onFocus} />
        <Menu
          label={t('ui.more')}
          items={[
            { key: 'send', label: t('handoff.send'), icon: Send, run: p.onSend },
            { key: 'duplicate', label: t('article.duplicate'), icon: Copy, run: p.onDuplicate },
            { key: 'trash', label: t('article.trash'), icon: Trash2, run: p.onTrash, danger: true },
          ]}
        />
      </div>
    </div>
  );
}
