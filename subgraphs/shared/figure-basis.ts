import { Directive, Field, Float, ObjectType } from 'type-graphql';

/**
 * What a computed figure rests on. Every figure summed or counted over records (an indicator's
 * actual value, the hours of a network, the volunteers of a Municipio, the places of Leva Civica…)
 * has a field `<figure>Basis` beside it: the real value and what the demo data set added, kept apart,
 * so that a dashboard never shows invented records as real ones. The one way every subgraph does it.
 */
@ObjectType('FigureBasis', {
  description:
    'What a computed figure rests on: the value from real records and what demo records added, apart. Every figure computed over records has one beside it, named <figure>Basis (e.g. Indicator.actualBasis). On a hub that serves no demo data set, demo is 0 and value equals real.',
})
@Directive('@shareable')
export class FigureBasis {
  @Field(() => Float, { description: 'The figure as the field beside it shows it: real + demo.' })
  value!: number;

  @Field(() => Float, { description: 'The figure from real records alone: what it is with the demo data set off.' })
  real!: number;

  @Field(() => Float, { description: 'What records of the demo data set (source.demo true) added to the figure; 0 when none took part.' })
  demo!: number;

  @Field(() => Boolean, {
    description: 'Whether any demo record took part in the figure. When true, the figure is not a real fact of the Comune.',
  })
  includesDemo!: boolean;
}

/** A record that says whether it belongs to the demo data set. */
export interface WithSource {
  source: { demo: boolean };
}

/** The basis of a figure summed over records: each record adds `amount(record)` to the real or the demo part. */
export function figureBasis<T extends WithSource>(records: Iterable<T>, amount: (record: T) => number = () => 1): FigureBasis {
  let real = 0;
  let demo = 0;
  let includesDemo = false;
  for (const record of records) {
    if (record.source.demo) {
      demo += amount(record);
      includesDemo = true;
    } else real += amount(record);
  }
  return { value: real + demo, real, demo, includesDemo };
}

/** The parts of a figure the database summed: one row for real records and one for demo ones, each only when there are such records. */
export interface SummedPart {
  demo: boolean;
  amount: number;
}

/** The basis of a figure summed in SQL (grouped by `source_demo`): the same as figureBasis over the records themselves. */
export function basisOfSums(parts: Iterable<SummedPart>): FigureBasis {
  return figureBasis(
    [...parts].map((part) => ({ ...part, source: { demo: part.demo } })),
    (part) => part.amount,
  );
}
