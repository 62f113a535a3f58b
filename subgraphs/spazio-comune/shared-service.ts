import { Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from '../shared/source.js';
import { SharedServiceArea } from './enums.js';

@Entity({ tableName: 'shared_service' })
@ObjectType('SharedService', { description: 'A shared service (servizio condiviso) offered the same way across the city.' })
export class SharedService {
  @Field(() => ID, { description: 'Stable identifier of the service.' })
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
