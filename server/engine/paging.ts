import type { Page } from '../../src/api/schemas/common';

/** A `cursor` the store did not write (or wrote for another sort): the API answers 400 naming it. */
export class CursorRejected extends Error {
  constructor() {
    super('The cursor is not one this search gave out');
    this.name = 'CursorRejected';
  }
}

/** Where a page ends: the next page starts at this offset into the search's matches. */
interface Cursor {
  readonly offset: number;
}

function cursorText(cursor: Cursor): string {
  return btoa(`o:${cursor.offset}`).replace(/=+$/, '');
}

/** The cursor a page of this engine handed out, or null for any other text. */
function parseCursor(text: string): Cursor | null {
  try {
    const match = /^o:(\d{1,9})$/.exec(atob(text));
    return match ? { offset: Number(match[1]) } : null;
  } catch {
    return null;
  }
}

/** One page of a result held in memory; throws CursorRejected for a cursor it did not write. */
export function pageOf<T>(all: readonly T[], cursor: string | null, limit: number): Page<T> {
  const parsed = cursor === null ? null : parseCursor(cursor);
  if (cursor !== null && parsed === null) throw new CursorRejected();
  const offset = parsed?.offset ?? 0;
  const items = all.slice(offset, offset + limit);
  const next = offset + items.length;
  return { items, total: all.length, nextCursor: next < all.length ? cursorText({ offset: next }) : null };
}
