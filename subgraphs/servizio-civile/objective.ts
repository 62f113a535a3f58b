import { Field, ObjectType } from 'type-graphql';

@ObjectType('ServizioCivileAction', { description: 'An action of a project objective, with the activities volunteers do in it.' })
export class ServizioCivileAction {
  @Field(() => String, { description: 'The title of the action, as the document writes it.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the volunteer does, as the document describes it.' })
  description!: string | null;

  @Field(() => [String], { description: 'The project activities (Attività di Progetto), as the document lists them.' })
  activities!: string[];
}

@ObjectType('ServizioCivileObjective', { description: 'An objective of a project at one site, with its actions.' })
export class ServizioCivileObjective {
  @Field(() => String, { description: 'The objective, as the document writes it.' })
  title!: string;

  @Field(() => [ServizioCivileAction], { description: 'The actions through which the objective is pursued.' })
  actions!: ServizioCivileAction[];
}
