import type { AuditRecord } from '../../src/api/streams';

/**
 * What users of the mock write (audit records of their own actions) is kept in
 * localStorage, so that a reload of the demo loses nothing. In Node it lives in memory.
 */
const KEY = 'audit-console.mock.appended';
const MAX_KEPT = 2000;

interface Appended {
  stream: string;
  record: AuditRecord;
  time: number;
}

let memory: Appended[] = [];

function read(): Appended[] {
  try {
    if (typeof localStorage === 'undefined') return memory;
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Appended[]) : [];
  } catch {
    return memory;
  }
}

function write(entries: Appended[]): void {
  memory = entries;
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // storage full: kept in memory for this page
  }
}

/** Oldest first, so inserting each at the front leaves the newest first. */
export function loadAppended(stream: string): { record: AuditRecord; time: number }[] {
  return read().filter((e) => e.stream === stream);
}

export function saveAppended(stream: string, record: AuditRecord, time: number): void {
  write([...read(), { stream, record, time }].slice(-MAX_KEPT));
}

export function clearAppended(): void {
  write([]);
}
