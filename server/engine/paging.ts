import type { Page } from '../../src/api/schemas/common';

/** Where a page ends: the next page starts at this offset into the search's matches. */
export interface Cursor {
  readonly offset: number;
}

function cursorText(cursor: Cursor): string {
  return btoa(`o:${cursor.offset}`).replace(/=+$/, '');
}

/** The cursor a page of this engine handed out, or null for any other text. */
export function parseCursor(text: string): Cursor | null {
  try {
    const match = /^o:(\d{1,9})$/.exec(atob(text));
    return match ? { offset: Number(match[1]) } : null;
  } catch {
    return null;
  }
}

export function pageOf<T>(all: readonly T[], cursor: Cursor | null, limit: number): Page<T> {
  const offset = cursor?.offset ?? 0;
  const items = all.slice(offset, offset + limit);
  const next = offset + items.length;
  return { items, total: all.length, nextCursor: next < all.length ? cursorText({ offset: next }) : null };
}
