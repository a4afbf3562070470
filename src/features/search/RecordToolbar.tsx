import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CircularProgress, IconButton, Stack } from '@mui/material';

export interface ToolbarItem {
  label: string;
  icon: ReactNode;
  /** undefined: nothing to do that way (the button is disabled) */
  onClick: (() => void) | undefined;
  /** the item shows a spinner: what it does waits for a page of records */
  busy?: boolean;
  keyshortcuts?: string;
}

/**
 * The record's buttons as one Tab stop (WAI-ARIA toolbar: ←/→, Home and End move between them),
 * so the record's fields are a few keys away from where focus enters the panel.
 */
export function RecordToolbar({ label, items }: { label: string; items: readonly ToolbarItem[] }) {
  const [chosen, setChosen] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const enabled = items.map((item, i) => (item.onClick ? i : -1)).filter((i) => i >= 0);
  const current = enabled.includes(chosen) ? chosen : (enabled[0] ?? 0);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = enabled.indexOf(current);
    const to: Record<string, number | undefined> = {
      ArrowRight: enabled[(at + 1) % enabled.length],
      ArrowLeft: enabled[(at - 1 + enabled.length) % enabled.length],
      Home: enabled[0],
      End: enabled.at(-1),
    };
    const next = to[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setChosen(next);
    buttons.current[next]?.focus();
  };

  return (
    <Stack direction="row" role="toolbar" aria-label={label} onKeyDown={onKeyDown} sx={{ flexShrink: 0 }}>
      {items.map((item, i) => (
        <IconButton
          key={item.label}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          aria-label={item.label}
          title={item.label}
          aria-keyshortcuts={item.keyshortcuts}
          disabled={!item.onClick}
          tabIndex={i === current ? 0 : -1}
          onFocus={() => setChosen(i)}
          onClick={item.onClick}
        >
          {item.busy ? <CircularProgress size={20} aria-hidden /> : item.icon}
        </IconButton>
      ))}
    </Stack>
  );
}
