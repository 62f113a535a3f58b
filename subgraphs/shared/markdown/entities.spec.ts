import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.js';

describe('decodeEntities', () => {
  const decode = (text: string) => {
    const unknown: string[] = [];
    return { text: decodeEntities(text, (entity) => unknown.push(entity)), unknown };
  };

  it('decodes named, decimal and hexadecimal references', () => {
    expect(decode('citt&agrave; &#39;x&#x2019; &laquo;a&raquo;&nbsp;b').text).toBe("città 'x’ «a»\u00a0b");
  });

  it('leaves an unknown name as written and says so', () => {
    expect(decode('tutela &foo; cura &amp; altro')).toEqual({ text: 'tutela &foo; cura & altro', unknown: ['&foo;'] });
  });

  it('leaves a number that is no code point as written, silently', () => {
    expect(decode('&#0; &#x110000;')).toEqual({ text: '&#0; &#x110000;', unknown: [] });
  });
});
