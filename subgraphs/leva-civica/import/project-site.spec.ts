import { describe, expect, it } from 'vitest';
import { edit, parsed, REAL } from './spec-fixtures.js';

describe('the site', () => {
  it('an address line with postal code and city gives all three', () => {
    const { site, warnings } = parsed(edit(REAL, 'Largo Treves, 1\n', 'Largo Treves, 1 - 20121 Milano (MI)\n'));
    expect(warnings).toEqual([]);
    expect(site?.address).toEqual({ street: 'Largo Treves, 1', postalCode: '20121', city: 'Milano', latitude: null, longitude: null });
  });

  it('organisation and address only: no unit, the name is the organisation', () => {
    const { site, warnings } = parsed(edit(REAL, 'Unità Coesione sociale\n\n', ''));
    expect(warnings).toEqual([]);
    expect(site).toMatchObject({
      name: 'Comune di Milano - Direzione Politiche Sociali',
      unit: null,
      address: { street: 'Largo Treves, 1' },
    });
  });

  it('no address line: street null, with a warning', () => {
    const { site, warnings } = parsed(edit(REAL, '\n\nLargo Treves, 1\n', '\n'));
    expect(site).toMatchObject({ unit: 'Unità Coesione sociale', address: { street: null } });
    expect(warnings).toEqual(['site (line 11): no address line']);
  });

  it('more lines than organisation, unit and address: not read, said so', () => {
    const { site, warnings } = parsed(edit(REAL, 'Unità Coesione sociale\n', 'Unità Coesione sociale\n\nUfficio Progetti\n'));
    expect(site).toBeNull();
    expect(warnings).toContain('site (line 11): expected organisation, unit and address on separate lines, found 4 line(s); site not read');
    expect(warnings.some((w) => w.includes('not read: "Ufficio Progetti"'))).toBe(true);
  });

  it('no Sede progetto section: site null, with a warning', () => {
    const { site, warnings } = parsed(edit(REAL, /#### Sede progetto:\n\n[^#]*/, ''));
    expect(site).toBeNull();
    expect(warnings).toEqual(['site (Sede progetto) not found']);
  });
});
