import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../shared/user-error.js';
import { Indicator } from './indicator.js';
import { ParticipationRecord } from './participation-record.js';
import { Point } from './point.js';
import { SpecialSchedule } from './special-schedule.js';

// The payloads of the back-office mutations: the changed records, or (and then nothing was written) user errors.

@ObjectType('SetPointOpeningHoursPayload', { description: 'The point with its new weekly hours, or why nothing changed.' })
export class SetPointOpeningHoursPayload {
  @Field(() => Point, { nullable: true, description: 'The point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('AddPointSpecialSchedulePayload', { description: 'The new special schedule and its point, or why nothing changed.' })
export class AddPointSpecialSchedulePayload {
  @Field(() => SpecialSchedule, { nullable: true, description: 'The special schedule added; null when there are user errors.' })
  specialSchedule: SpecialSchedule | null = null;

  @Field(() => Point, { nullable: true, description: 'The point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('RemovePointSpecialSchedulePayload', { description: 'Which special schedule was removed, or why nothing changed.' })
export class RemovePointSpecialSchedulePayload {
  @Field(() => ID, { nullable: true, description: 'The id of the special schedule removed; null when there are user errors.' })
  removedSpecialScheduleId: string | null = null;

  @Field(() => Point, { nullable: true, description: 'Its point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('SetPointOperatorsPayload', { description: 'The point with its new operators, or why nothing changed.' })
export class SetPointOperatorsPayload {
  @Field(() => Point, { nullable: true, description: 'The point as it is now; null when there are user errors.' })
  point: Point | null = null;

  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}

@ObjectType('RecordParticipationPayload', { description: 'The participation recorded and its indicator, or why nothing changed.' })
export class RecordParticipationPayload {
  @Field(() => ParticipationRecord, { nullable: true, description: 'The record added; null when there are user errors.' })
  participation: ParticipationRecord | null = null;

  @Field(() => Indicator, { nullable: true, description: 'The indicator, whose actual value now counts the record.' })
  indicator: Indicator | null = null;

  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
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
}

@ObjectType('ImportPointsPayload', { description: 'The report of an import of points, or why nothing was imported.' })
export class ImportPointsPayload {
  @Field(() => PointsImportReport, { nullable: true, description: 'What the import did; null when there are user errors.' })
  report: PointsImportReport | null = null;

  @Field(() => [UserError], { description: 'Every problem of the file, with its line; when there is one, nothing was imported.' })
  userErrors: UserError[] = [];
}
