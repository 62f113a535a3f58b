import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Where a page stands in its list (Relay cursor connections).' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Whether items come before this page: true when it was asked for after a cursor, false for the first page.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of this page; pass it as `after` for the next page. Null when the page is empty.',
  })
  endCursor!: string | null;
}
