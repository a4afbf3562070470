import type { TimeZoneChoice } from '../../lib/preferences';
import { formatTime } from '../../lib/time';

export const PRESETS: readonly { from: string | null; label: string }[] = [
  { from: 'now-15m', label: 'Last 15 minutes' },
  { from: 'now-1h', label: 'Last hour' },
  { from: 'now-24h', label: 'Last 24 hours' },
  { from: 'now-7d', label: 'Last 7 days' },
  { from: 'now-30d', label: 'Last 30 days' },
  { from: null, label: 'All time' },
];

export function describeRange(from: string | null, to: string | null, zone: TimeZoneChoice): string {
  if (to === null) {
    const preset = PRESETS.find((p) => p.from === from);
    if (preset) return preset.label;
  }
  const show = (bound: string | null, fallback: string) =>
    bound === null ? fallback : bound.startsWith('now') ? bound : formatTime(bound, zone, false);
  return `${show(from, 'the beginning')} → ${show(to, 'now')}`;
}
