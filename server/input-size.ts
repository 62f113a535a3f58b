import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Which limit on its size a document breaks, read by lexing it before Apollo parses or caches
 * anything, and stopping at the first limit broken: more than `tokens` lexical tokens, or one token
 * (a string, a number, a name) of more than `literalBytes` bytes of UTF-8 as written. A syntax
 * error ends the reading with no limit broken (Apollo reports it).
 */
export function documentOverLimit(query: string, limits: { tokens: number; literalBytes: number }): 'tokens' | 'literal' | null {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; count <= limits.tokens; count++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) return null;
      const length = token.end - token.start;
      // A character takes at most 3 bytes of UTF-8 (4 for a pair of two UTF-16 units).
      if (length * 3 > limits.literalBytes && Buffer.byteLength(query.slice(token.start, token.end)) > limits.literalBytes)
        return 'literal';
    }
  } catch {
    return null;
  }
  return 'tokens';
}

/**
 * Whether a parsed JSON value nests arrays and objects deeper than `max`. Walked with a stack of
 * its own, not by recursion: a body of 100,000 nested arrays parses fine, and would then overflow
 * the call stack of whatever walks it recursively (Apollo's variable coercion, the NUL check, the
 * response cache's key).
 */
export function jsonTooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Like jsonTooDeep, for JSON not yet parsed (a GET request's `variables`): counts brackets outside strings. */
export function jsonTextTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
