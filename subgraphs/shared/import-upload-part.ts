import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from './user-error.js';

/**
 * The input and payload of the mutation that stages a part of a large file (`import-upload.ts`):
 * the same fields in every subgraph, under each mutation's own names. `what` names the file ("a
 * file of points"), `importMutation` the mutation that imports the parts.
 */
export function importUploadPartInput(name: string, what: string, importMutation: string) {
  @InputType(name, { description: `One part of ${what} too large for one request.` })
  class ImportUploadPartInput {
    @Field(() => ID, { description: `The upload, a UUID the client makes; ${importMutation} names it to import the parts as one file.` })
    uploadId!: string;

    @Field(() => Int, { description: 'The position of this part in the file: 0, 1, 2… The parts are joined in this order.' })
    index!: number;

    @Field(() => String, { description: 'The text of this part, cut anywhere (at most about 1 MB).' })
    text!: string;
  }
  return ImportUploadPartInput;
}

export function importUploadPartPayload(name: string) {
  @ObjectType(name, { description: 'What an upload holds after a part was staged, or why it was not.' })
  class ImportUploadPartPayload {
    @Field(() => ID, { nullable: true, description: 'The upload; null when there are user errors.' })
    uploadId: string | null = null;

    @Field(() => Int, { nullable: true, description: 'The parts staged under it so far.' })
    parts: number | null = null;

    @Field(() => Int, { nullable: true, description: 'The characters staged under it so far.' })
    characters: number | null = null;

    @Directive('@listSize(assumedSize: 10)')
    @Field(() => [UserError], { description: 'What was wrong with the part; when there is one, it was not staged.' })
    userErrors: UserError[] = [];
  }
  return ImportUploadPartPayload;
}
