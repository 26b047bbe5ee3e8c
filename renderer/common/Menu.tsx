import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { MoreHorizontal, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  icon?: LucideIcon;
  run: () => void;
  disabled?: boolean;
  danger?: boolean;
  /** A toggle's state, shown as a check. */
  checked?: boolean;
}

/** A "more" menu (Radix): arrow keys move, Enter runs, Esc closes and gives the keyboard back. */
export function Menu({ label, items, trigger }: { label: string; items: MenuItem[]; trigger?: ReactNode }) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        {trigger ?? (
          <button type="button" className="icon-button" aria-label={label}>
            <MoreHorizontal size={16} aria-hidden />
          </button>
        )}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} aria-label={label}>
          {items.map(({ key, label: text, icon: Icon, run, disabled, danger, checked }) =>
            checked === undefined ? (
              <DropdownMenu.Item key={key} className={`menu-item${danger ? ' danger' : ''}`} disabled={disabled} onSelect={run}>
                {Icon && <Icon size={16} aria-hidden />} {text}
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.CheckboxItem key={key} className="menu-item" checked={checked} disabled={disabled} onSelect={run}>
                {Icon && <Icon size={16} aria-hidden />} {text}
              </DropdownMenu.CheckboxItem>
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
