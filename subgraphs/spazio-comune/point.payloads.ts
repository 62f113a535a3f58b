import { JSONResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { importUploadPartPayload } from '../shared/import-upload-part.js';
import { UserError } from '../shared/user-error.js';
import { Point } from './point.js';
import { SpecialSchedule } from './special-schedule.js';

// The payloads of the back-office mutations: the changed records, or (and then nothing was written) user errors.

@ObjectType('SetPointOpeningHoursPayload', { description: 'The point with its new weekly hours, or why nothing changed.' })
export class SetPointOpeningHoursPayload {
  @Field(() => Point, { nullable: true, description: 'The point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('AddPointSpecialSchedulePayload', { description: 'The new special schedule and its point, or why nothing changed.' })
export class AddPointSpecialSchedulePayload {
  @Field(() => SpecialSchedule, { nullable: true, description: 'The special schedule added; null when there are user errors.' })
  specialSchedule: SpecialSchedule | null = null;

  @Field(() => Point, { nullable: true, description: 'The point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('RemovePointSpecialSchedulePayload', { description: 'Which special schedule was removed, or why nothing changed.' })
export class RemovePointSpecialSchedulePayload {
  @Field(() => ID, { nullable: true, description: 'The id of the special schedule removed; null when there are user errors.' })
  removedSpecialScheduleId: string | null = null;

  @Field(() => Point, { nullable: true, description: 'Its point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('SetPointOperatorsPayload', { description: 'The point with its new operators, or why nothing changed.' })
export class SetPointOperatorsPayload {
  @Field(() => Point, { nullable: true, description: 'The point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

export enum PointImportAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}
registerEnumType(PointImportAction, {
  name: 'PointImportAction',
  description: 'What an import does to a point of its file.',
  valuesConfig: {
    CREATED: { description: 'A new point (version 1).' },
    UPDATED: { description: 'A point whose fields or hours change (version + 1).' },
  },
});

@ObjectType('PointFieldChange', { description: 'One field of a point that an import changes, from what to what.' })
export class PointFieldChange {
  @Field(() => String, {
    description: 'The field, as the point names it: "name", "address.street", "address.latitude", "municipio", "openingHours"…',
  })
  field!: string;

  @Field(() => JSONResolver, { nullable: true, description: 'The value stored before the import; null when none.' })
  from!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'The value the file gives; null clears the field.' })
  to!: unknown;
}

@ObjectType('PointImportRecord', { description: 'One point an import creates or changes, with each field that changes.' })
export class PointImportRecord {
  @Field(() => ID, {
    description:
      'This line of this report, unique to it (an id made for the report, a colon, the point’s id), so that a client’s cache keeps two reports of one point apart. The point is pointId.',
  })
  id!: string;

  @Field(() => ID, { description: 'The id of the point.' })
  pointId!: string;

  @Field(() => Int, { description: 'Its line in a CSV (the header is line 1), or its position in a JSON list.' })
  line!: number;

  @Field(() => PointImportAction, { description: 'Created or updated.' })
  action!: PointImportAction;

  // The fields of a point that can change (about 15).
  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [PointFieldChange], { description: 'Each field that changes, from what to what; a field the file leaves out is not here.' })
  changes!: PointFieldChange[];
}

@ObjectType('PointsImportReport', { description: 'What an import of points did, or would do in a dry run.' })
export class PointsImportReport {
  @Field(() => Boolean, { description: 'True when nothing was written (a dry run).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'The points in the file.' })
  points!: number;

  @Field(() => Int, { description: 'Points created.' })
  created!: number;

  @Field(() => Int, { description: 'Points whose fields or hours changed (each version + 1).' })
  updated!: number;

  @Field(() => Int, { description: 'Points already as the file says.' })
  unchanged!: number;

  // At most MAX_LISTED (import-points.ts); an answer counts its actual length.
  @Directive('@listSize(assumedSize: 1000)')
  @Field(() => [PointImportRecord], {
    description:
      'The points created or updated, in file order, with each field that changes from what to what (in a dry run: would change): the first 1,000 of them; recordsNotListed counts the rest.',
  })
  records!: PointImportRecord[];

  @Field(() => Int, {
    description:
      'Points created or updated past the first 1,000, which records does not list; once imported, each change is in the point’s history and the change feed.',
  })
  recordsNotListed!: number;
}

@ObjectType('ImportPointsPayload', { description: 'The report of an import of points, or why nothing was imported.' })
export class ImportPointsPayload {
  @Field(() => PointsImportReport, { nullable: true, description: 'What the import did; null when there are user errors.' })
  report: PointsImportReport | null = null;

  // A file's problems, one a line: a hundred for a bad one.
  @Directive('@listSize(assumedSize: 100)')
  @Field(() => [UserError], { description: 'Every problem of the file, with its line; when there is one, nothing was imported.' })
  userErrors: UserError[] = [];
}

export const StagePointsImportPartPayload = importUploadPartPayload('StagePointsImportPartPayload');
