/**
 * Where JSON text first goes wrong, as a character index, and what was expected there. Only
 * for bodies JSON.parse refused: its message names no position on every engine, and a sender
 * debugging a 400 needs one. Iterative, so no nesting depth can overflow the stack.
 */
export function jsonErrorAt(text: string): { at: number; expected: string } {
  let i = 0;
  const stack: ('array' | 'object')[] = [];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (expected: string) => ({ at: i, expected });

  /** a string starting at i; false where it breaks */
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  /** a value starting at i (after whitespace): pushes containers; false where it breaks */
  const value = (): boolean => {
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array');
      i++;
      return true;
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };

  ws();
  let justOpened = false;
  if (!value()) return fail('a JSON value');
  justOpened = stack.length > 0;
  for (;;) {
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined)
      return i < text.length ? fail('the end of the text') : fail('nothing (the text is valid)');
    const close = top === 'object' ? '}' : ']';
    if (justOpened && text[i] === close) {
      stack.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return fail(`"," or "${close}"`);
      i++;
      ws();
    }
    if (top === 'object') {
      if (text[i] !== '"' || !string()) return fail('a quoted member name');
      ws();
      if (text[i] !== ':') return fail('":"');
      i++;
      ws();
    }
    const depth = stack.length;
    if (!value()) return fail('a JSON value');
    justOpened = stack.length > depth;
  }
}
