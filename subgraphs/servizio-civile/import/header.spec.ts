import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, levaCivica, refusal, TABLE_ROW } from './spec-fixtures.js';

describe('parseCallDocument refuses what is no call', () => {
  it('refuses empty text', () => {
    expect(refusal('').missing).toStrictEqual(['no text (the document is empty)', 'no table of sites (code – name, address, volunteers)']);
    expect(refusal(' \n\n\t\n').missing).toStrictEqual([
      'no text (the document is empty)',
      'no table of sites (code – name, address, volunteers)',
    ]);
  });

  it('refuses random prose', () => {
    const error = refusal('Nel mezzo del cammin di nostra vita\n\nmi ritrovai per una selva oscura,\nché la diritta via era smarrita.\n');
    expect(error.missing).toContain('no year in the title «Nel mezzo del cammin di nostra vita»');
    expect(error.missing).toContain('no table of sites (code – name, address, volunteers)');
    expect(error.message).toMatch(/^Not a Servizio Civile call: no year in the title/);
  });

  it('refuses the Leva Civica document', () => {
    const error = refusal(levaCivica);
    expect(error.missing).toContain('no year in the title «Leva Civica nel Comune di Milano»');
    expect(error.missing).toContain('no table of sites (code – name, address, volunteers)');
  });

  it('refuses the 2022 text without a year in its title', () => {
    expect(refusal(bando2022.replace('Bando 2022', 'Bando')).missing).toStrictEqual([
      'no year in the title «Servizio Civile Universale - Bando»',
    ]);
  });

  it('refuses the 2022 text without its table, and says everything that is missing', () => {
    const text = bando2022.replace('Bando 2022', 'Bando').replace(TABLE_ROW, '');
    expect(refusal(text).missing).toStrictEqual([
      'no year in the title «Servizio Civile Universale - Bando»',
      'no table of sites (code – name, address, volunteers) after «Sedi di attuazione del progetto» (line 13)',
    ]);
  });

  it('reads a year written otherwise in the title', () => {
    expect(parseCallDocument(bando2022.replace('Bando 2022', 'Bando ordinario 2022')).call.year).toBe(2022);
    expect(refusal(bando2022.replace('Bando 2022', 'Bando 1999')).missing).toStrictEqual([
      'no year in the title «Servizio Civile Universale - Bando 1999»',
    ]);
  });
});
