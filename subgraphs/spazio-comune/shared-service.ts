import { Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

export enum SharedServiceArea {
  ACTIVE_AGEING = 'ACTIVE_AGEING',
  WORK_LIFE_BALANCE = 'WORK_LIFE_BALANCE',
  STUDY_SUPPORT = 'STUDY_SUPPORT',
  SOCIAL_HEALTH = 'SOCIAL_HEALTH',
}
registerEnumType(SharedServiceArea, {
  name: 'SharedServiceArea',
  description: 'The four areas of the shared services (servizi condivisi) of the Spazi WeMi.',
  valuesConfig: {
    ACTIVE_AGEING: { description: 'promozione di un invecchiamento attivo' },
    WORK_LIFE_BALANCE: { description: 'supporto alla conciliazione tempo vita/lavoro' },
    STUDY_SUPPORT: { description: 'sostegno allo studio' },
    SOCIAL_HEALTH: { description: 'servizi sociosanitari' },
  },
});

@Entity({ tableName: 'shared_service' })
@ObjectType('SharedService', {
  implements: Node,
  description: 'A shared service (servizio condiviso) offered the same way across the city.',
})
export class SharedService {
  @Field(() => ID, {
    description: 'The globally unique id of the service (Query.node resolves it), the slug it always had: HSDS ids rest on it.',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'The name of the service.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => SharedServiceArea, { description: 'Which of the four areas it belongs to.' })
  @Enum({ items: () => SharedServiceArea, nativeEnumName: 'shared_service_area' })
  area!: SharedServiceArea;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
