import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, refusal, unglued } from './spec-fixtures.js';

describe('parseCallDocument and the figures of a project', () => {
  const daysLines = /^.*Giorni di servizio a settimana[^\n]*?(?:: 5\*{3}|\*{3} 5)(?=\*{6}|$)/gm;

  it('takes a figure a section omits from the other sections, naming that section', () => {
    const text = bando2022.replace(
      /(# WE-MI[\s\S]*?)\*{3}Giorni di servizio a settimana dei volontari \(minimo 5 massimo 6\): 5\*{3}/,
      '$1',
    );
    const result = parseCallDocument(text);
    expect(result.projects[0]?.daysPerWeek).toBe(5);
    expect(result.warnings).toContain(
      "Section «WE-MI» does not state the days of service a week; the project's value comes from the other sections.",
    );
  });

  it('leaves a figure no section states null, with a warning', () => {
    const text = unglued(bando2022).replace(daysLines, '');
    expect(text).not.toMatch(/Giorni di servizio/);
    const result = parseCallDocument(text);
    expect(result.projects[0]?.daysPerWeek).toBeNull();
    expect(result.warnings).toContain(
      'No section of project «Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano» states the days of service a week; left null.',
    );
  });

  it('keeps the annual hours when only they are given, the weekly hours null', () => {
    const result = parseCallDocument(
      bando2022.replaceAll('1145 ore in 12 mesi con una media di 25 ore settimanali.', '1.145 ore annue, in 12 mesi.'),
    );
    expect(result.projects[0]).toMatchObject({ annualHours: 1145, weeklyHours: null, months: 12, daysPerWeek: 5 });
    expect(result.warnings).toContain(
      'No section of project «Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano» states the weekly hours; left null.',
    );
  });

  it('reads a bare number of hours by its label, when the label names one kind of hours only', () => {
    const text = unglued(bando2022).replace(
      /^.*Numero ore di servizio settimanali.*\n\n1145 ore in 12 mesi con una media di 25 ore settimanali\./gm,
      '**Monte ore annuo:** 1145\n\n**Ore di servizio settimanali:** 25',
    );
    const result = parseCallDocument(text);
    expect(result.projects[0]).toMatchObject({ annualHours: 1145, weeklyHours: null, months: null });
    // «Ore di servizio settimanali» is no label of the national form: its line is reported, not guessed at.
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^Text not placed in section «WE-MI» \(line \d+\): «Ore di servizio settimanali: 25»\.$/),
    );
  });

  it('does not read the national label’s bare number, which may be weekly or annual', () => {
    const text = bando2022.replaceAll('1145 ore in 12 mesi con una media di 25 ore settimanali.', '25');
    expect(refusal(text).missing[0]).toMatch(/^no hours of service for the project/);
  });

  it('refuses a project without any hours of service: it offers nothing to apply for', () => {
    const text = bando2022.replaceAll('1145 ore in 12 mesi con una media di 25 ore settimanali.', 'Da definire.');
    expect(refusal(text).missing).toStrictEqual([
      'no hours of service for the project «Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano» (neither «monte ore annuo» nor weekly hours in any section)',
    ]);
  });

  it('does not read «5 o 6» days as a number', () => {
    const result = parseCallDocument(bando2022.replace(/(\(minimo 5 massimo 6\):(?:\*{3})?) 5/g, '$1 5 o 6'));
    expect(result.projects[0]?.daysPerWeek).toBeNull();
    expect(result.warnings).toContain('In section «WE-MI», the days of service a week «5 o 6» are not one number; not read.');
  });
});
