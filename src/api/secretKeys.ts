/**
 * The one rule for which keys hold secrets: the diff masks what is under them, ingestion
 * replaces their values with fingerprints before anything is stored.
 */

/** Secret when they are one word of the key: `api_key`, `X-Auth-Token`, `refreshToken`. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'tokens',
  'apikey',
  'apikeys',
  'authorization',
  'cookie',
  'cookies',
  'credential',
  'credentials',
  'signature',
  'signatures',
]);
/** Secret anywhere in a word, which catches run-together keys such as `userpassword`, `clientsecret`. */
const SECRET_INFIXES = ['password', 'passwd', 'secret'];
/** Secret at the end of a word: `accesstoken`, `setcookie`, `privatekey` (but not `monkey`). */
const SECRET_SUFFIXES = [
  'token',
  'tokens',
  'cookie',
  'cookies',
  'apikey',
  'privatekey',
  'accesskey',
  'signingkey',
];

/** Splits snake_case, kebab-case, camelCase, PascalCase and SCREAMING_CASE keys into lower-case words. */
function words(key: string): string[] {
  return key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** `api_key`, `X-Auth-Token`, `clientSecret`, `private_key`: true; `key_id`, `token_id`, `monkey`, `tokenizer_version`: false. */
const known = new Map<string, boolean>();
/** Ingestion asks of every key of every event; events repeat their keys, so answers are kept (a bounded few). */
const MAX_KNOWN = 10_000;

export function isSecretKey(key: string): boolean {
  let secret = known.get(key);
  if (secret === undefined) {
    secret = secretKey(key);
    if (known.size < MAX_KNOWN) known.set(key, secret);
  }
  return secret;
}

function secretKey(key: string): boolean {
  const parts = words(key);
  const last = parts[parts.length - 1];
  // an identifier names a secret without being one: `token_id` (Agilicus' authentication field,
  // which the timeline follows), `api_key_id`
  if (last === 'id' || last === 'ids') return false;
  // "key" only as the last word: `private_key`, `key` are secrets, `key_id` and `keyboard` are not
  if (last === 'key' || last === 'keys') return true;
  return parts.some(
    (word) =>
      SECRET_WORDS.has(word) ||
      SECRET_INFIXES.some((infix) => word.includes(infix)) ||
      SECRET_SUFFIXES.some((suffix) => word.endsWith(suffix)),
  );
}
