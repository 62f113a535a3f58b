import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, expected, parsed } from './spec-fixtures.js';

describe('parseCallDocument and the structure of objectives', () => {
  it('gives the actions of a section without objective heading to its one listed objective', () => {
    const text = bando2022.replace(
      'gli obiettivi e ai bisogni intercettati dalla sede di servizio.\n\n## **Potenziare il servizio di informazione e orientamento al cittadino richiedente un alloggio SAT**\n',
      'gli obiettivi e ai bisogni intercettati dalla sede di servizio.\n',
    );
    expect(text).not.toBe(bando2022);
    expect(parsed(text)).toStrictEqual(expected);
  });

  it('leaves out actions that no objective heading places, when the section lists several objectives', () => {
    const text = bando2022
      .replace('### **1) Ridurre i tempi di attesa', '**Nota:** Ridurre i tempi di attesa')
      .replace('## **2) Incrementare la conoscenza del servizio abitativo in Lombardia**\n', '');
    const result = parseCallDocument(text);
    expect(result.placements.find((placement) => placement.siteCode === '167247')?.objectives).toStrictEqual([
      {
        title: "Ridurre i tempi di attesa da parte dell'utenza presso lo sportello dell'Area Assegnazione Alloggi di ERP",
        listedTitle: "Ridurre i tempi di attesa da parte dell'utenza presso lo sportello dell'Area Assegnazione Alloggi di ERP",
        actions: [],
      },
      {
        title: 'Incrementare la conoscenza del servizio abitativo in Lombardia',
        listedTitle: 'Incrementare la conoscenza del servizio abitativo in Lombardia',
        actions: [],
      },
    ]);
    expect(result.warnings).toContain(
      "In section «Assegnazione Alloggi ERP», the listed objective «Ridurre i tempi di attesa da parte dell'utenza presso lo sportello dell'Area Assegnazione Alloggi di ERP» is not described; it is kept without actions.",
    );
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^In section «Assegnazione Alloggi ERP», the actions «Gestione delle attività di front office.*» come before any objective heading; they are left out\.$/,
      ),
    );
  });
});
