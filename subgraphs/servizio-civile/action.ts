import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType('ServizioCivileAction', { description: 'An action of a project objective, with the activities volunteers do in it.' })
export class ServizioCivileAction {
  @Field(() => String, { description: 'The title of the action, as the document writes it.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the volunteer does, as the document describes it.' })
  description!: string | null;

  // An action's activities: at most 6 in the 2022 call.
  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], { description: 'The project activities (Attività di Progetto), as the document lists them.' })
  activities!: string[];
}
