import * as Tooltip from '@radix-ui/react-tooltip';
import type { LucideIcon } from 'lucide-react';
import { forwardRef, type ButtonHTMLAttributes } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon: LucideIcon;
  /** The accessible name and the tooltip. */
  label: string;
  /** The label written beside the icon too (topbar, headers), not only in the tooltip. */
  showLabel?: boolean;
}

/** A button with an SVG icon (Lucide) and a tooltip naming it in the interface language. */
export const IconButton = forwardRef<HTMLButtonElement, Props>(function IconButton({ icon: Icon, label, showLabel = false, className = '', ...rest }, ref) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button type="button" ref={ref} aria-label={showLabel ? undefined : label} className={`${showLabel ? 'labelled' : 'icon-button'} ${className}`} {...rest}>
          <Icon size={16} aria-hidden />
          {showLabel && <span>{label}</span>}
        </button>
      </Tooltip.Trigger>
      {!showLabel && <TooltipText label={label} />}
    </Tooltip.Root>
  );
});

/** The tooltip's words, drawn above the page: shared by every icon button, the editor's toolbar too. */
export function TooltipText({ label }: { label: string }) {
  return (
    <Tooltip.Portal>
      <Tooltip.Content className="tooltip" sideOffset={4}>
        {label}
      </Tooltip.Content>
    </Tooltip.Portal>
  );
}
