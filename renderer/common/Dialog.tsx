import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose: () => void;
  /** While work runs that must not be cut off (an export, an import being read), Esc and × wait. */
  busy?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog (Radix): the keyboard stays inside while it is open, Esc closes it, and the
 * keyboard goes back to where it was when it closes.
 */
export function Dialog({ title, onClose, busy = false, className = '', children }: Props) {
  const { t } = useTranslation();
  // Opened by a shortcut or a button elsewhere, not by a Radix trigger: the keyboard goes back there.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && !busy && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="modal-backdrop" />
        <RadixDialog.Content className={`modal ${className}`} aria-describedby={undefined} onPointerDownOutside={(e) => e.preventDefault()} onCloseAutoFocus={(e) => returnFocus(e, opener)}>
          <div className="modal-head">
            <RadixDialog.Title className="modal-title">{title}</RadixDialog.Title>
            <RadixDialog.Close className="icon-button" aria-label={t('dialog.closeDialog')} disabled={busy}>
              <X size={16} aria-hidden />
            </RadixDialog.Close>
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Gives the keyboard back to what had it before a dialog opened, if it is still there. */
export function returnFocus(event: Event, opener: HTMLElement | null): void {
  if (!opener?.isConnected) return;
  event.preventDefault();
  opener.focus();
}
