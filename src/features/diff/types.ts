/** A location inside a value: strings are object keys, numbers are array indices. */
export type Path = readonly (string | number)[];

/**
 * One entry of a diff.
 *
 * Array item paths follow one convention so that `applyChanges` can replay them: a `removed` item is
 * addressed by its index in the old array, everything else (added, changed, unchanged, nested) by its
 * index in the new array.
 */
export type Change =
  | { kind: 'added'; path: Path; value: unknown }
  | { kind: 'removed'; path: Path; value: unknown }
  | {
      kind: 'changed';
      path: Path;
      old: unknown;
      new: unknown;
      /** the kind of value differs, e.g. "5" → 5, object → array, null → string */
      typeChanged: boolean;
    }
  | { kind: 'unchanged'; path: Path; value: unknown };

export type ChangeKind = Change['kind'];

/**
 * A change that is safe to show. When the path goes through a secret key only the kind survives, and
 * the path stops at the secret key (keys below it may themselves be secrets, e.g. token ids).
 * Otherwise values are kept, with any secret keys nested inside them redacted.
 */
export type MaskedChange = (Change & { masked: false }) | { kind: ChangeKind; path: Path; masked: true };

export interface DiffOptions {
  /** also report equal fields, collapsed at the highest level where they are equal */
  includeUnchanged?: boolean;
  /** stop after this many added/removed/changed entries (default 5,000) */
  maxChanges?: number;
}

export interface DiffResult {
  changes: Change[];
  /** true when there were more than `maxChanges` added/removed/changed entries: some are missing */
  truncated: boolean;
  /**
   * Unchanged entries left out because there were more than `maxChanges` of them. Separate from
   * `truncated` because it loses no difference: a huge array with one edit lists every equal item.
   */
  omittedUnchanged: number;
}
