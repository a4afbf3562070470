/**
 * Stands in for tough-cookie, which msw imports for a cookie jar this mock never uses (its
 * handlers set no cookies and the console sends none). The real one brings a public-suffix
 * table whose evaluation cost ~100 ms of every page start; this keeps msw's cookie store
 * working, empty.
 */
type Cookies = Record<string, unknown>;

export class Cookie {
  static fromJSON(): Cookie | null {
    return null;
  }
}

export class MemoryCookieStore {
  idx: Cookies = {};
}

export class CookieJar {
  constructor(readonly store?: MemoryCookieStore) {}

  getCookiesSync(): Cookie[] {
    return [];
  }

  async setCookie(): Promise<void> {
    // no handler sets a cookie
  }
}
