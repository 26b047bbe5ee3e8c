import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { returnFocus } from './Dialog';

interface Question {
  text: string;
  action: string;
}

/**
 * Asks before something that cannot be undone, in the interface's own dialog (window.confirm has
 * the browser's words and buttons). `ask` resolves true when the editor confirms; Esc and 取消 say no.
 */
export function useConfirm(): [ReactNode, (question: Question) => Promise<boolean>] {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question>();
  const answer = useRef<(yes: boolean) => void>(undefined);
  const opener = useRef<HTMLElement | null>(null);
  const ask = useCallback(
    (q: Question) =>
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        opener.current = document.activeElement as HTMLElement | null;
        setQuestion(q);
      }),
    [],
  );
  const close = (yes: boolean) => {
    answer.current?.(yes);
    answer.current = undefined;
    setQuestion(undefined);
  };
  const element = (
    <AlertDialog.Root open={!!question} onOpenChange={(open) => !open && close(false)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-backdrop" />
        <AlertDialog.Content className="modal confirm" onCloseAutoFocus={(e) => returnFocus(e, opener.current)}>
          <AlertDialog.Title className="modal-title">{t('dialog.confirmTitle')}</AlertDialog.Title>
          <AlertDialog.Description>{question?.text}</AlertDialog.Description>
          <div className="button-row end">
            <AlertDialog.Cancel>{t('dialog.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className="danger-fill" onClick={() => close(true)}>
              {question?.action}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
  return [element, ask];
}
