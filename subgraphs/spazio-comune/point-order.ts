import { Field, InputType, registerEnumType } from 'type-graphql';

export enum PointOrderField {
  ID = 'ID',
  NAME = 'NAME',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(PointOrderField, {
  name: 'PointOrderField',
  description: 'What points can be ordered by.',
  valuesConfig: {
    ID: { description: 'The id of the point.' },
    NAME: { description: 'The name of the point, then its id (points may share a name).' },
    UPDATED_AT: { description: 'When the point last changed (its updatedAt), then its id: DESC gives the latest change first.' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending.',
  valuesConfig: { ASC: { description: 'Ascending (A to Z).' }, DESC: { description: 'Descending (Z to A).' } },
});

@InputType('PointOrder', { description: 'The order of a list of points.' })
export class PointOrder {
  @Field(() => PointOrderField, { description: 'What to order by.' })
  field!: PointOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (the default) or descending.' })
  direction: OrderDirection = OrderDirection.ASC;
}
