import type { AuditRecord } from '../../../api/streams';
import type { ChangeSpec } from '../../search/definition';

type Parsed = { json: true; value: unknown } | { json: false };

/** An object or array written as JSON text; anything else (plain words, a number) stays text. */
function parseJsonText(value: unknown): Parsed {
  if (value == null) return { json: true, value: null };
  if (typeof value !== 'string') return { json: false };
  const text = value.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return { json: false };
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false };
  }
}

/**
 * The diffs an Activity record's drawer shows. A record that changed nothing (a read, a run, an
 * export's own record, a failed attempt, an authentik event's context) shows none: its values stay
 * in the fields and the raw JSON. old_value/new_value written as JSON text are diffed parsed, and
 * not at all when the full values already show the attribute's change.
 */
export function activityChanges(r: AuditRecord): ChangeSpec[] {
  const changed = Array.isArray(r.changed) ? r.changed : [];
  if (changed.length === 0) return [];
  const changes: ChangeSpec[] = [];
  const hasFull = r.old_value_full != null || r.new_value_full != null;
  if (hasFull)
    changes.push({ title: 'Changes (full values)', oldValue: r.old_value_full, newValue: r.new_value_full });
  if (r.old_value == null && r.new_value == null) return changes;
  // the attribute's values are a summary of a change the full values already show
  if (hasFull && typeof r.attribute === 'string' && changed.includes(r.attribute)) return changes;
  const title = r.attribute ? `Changes to ${String(r.attribute)}` : 'Changes';
  const before = parseJsonText(r.old_value);
  const after = parseJsonText(r.new_value);
  changes.push(
    before.json && after.json
      ? { title, oldValue: before.value, newValue: after.value }
      : { title, oldValue: r.old_value, newValue: r.new_value },
  );
  return changes;
}
