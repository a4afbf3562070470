import type { Path } from './types';

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/**
 * `attributes.settings.theme`, `groups[2].name`, `headers["x-api-key"]`: JavaScript accessor syntax,
 * so a key containing a dot can never be mistaken for two keys, and `["0"]` (a key) differs from `[0]`
 * (an index). The root path is the empty string.
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
