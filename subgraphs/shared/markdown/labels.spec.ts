import { describe, expect, it } from 'vitest';
import { splitAtColon } from './labels.js';

describe('splitAtColon', () => {
  it('splits a label line at its first colon, trimming both sides', () => {
    expect(splitAtColon(' Sede progetto : Largo Treves, 1 ')).toEqual({ name: 'Sede progetto', value: 'Largo Treves, 1' });
    expect(splitAtColon('Descrizione:')).toEqual({ name: 'Descrizione', value: '' });
  });

  it('looks for the colon from a given index on, and not past a given index', () => {
    expect(splitAtColon('a: b: c', 2)).toEqual({ name: 'a: b', value: 'c' });
    expect(splitAtColon('Settore: x', 0, 6)).toBeNull();
    expect(splitAtColon('Settore: x', 0, 7)).toEqual({ name: 'Settore', value: 'x' });
  });

  it('is null without a colon', () => {
    expect(splitAtColon('Nome Progetto')).toBeNull();
  });
});
