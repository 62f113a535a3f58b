import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { importUploadPartInput } from '../shared/import-upload-part.js';
import { LocalDate, LocalTime } from '../shared/scalars.js';
import { Activity, Weekday } from './opening-hours.js';
import { OperatorRole } from './operator.js';

// The inputs of the back-office mutations. Dates and times are checked by the mutations themselves,
// so that a wrong one comes back as a user error with its path (see shared/scalars.ts).

@InputType('OpeningHoursInput', { description: 'One weekly opening interval, in Europe/Rome local time.' })
export class OpeningHoursInput {
  @Field(() => Weekday, { description: 'The day the interval starts.' })
  day!: Weekday;

  @Field(() => LocalTime, { description: 'Opening time, e.g. "09:00".' })
  opens!: string;

  @Field(() => LocalTime, { description: 'Closing time, e.g. "13:00"; one before opens means the next day.' })
  closes!: string;

  @Field(() => Activity, { description: 'Front office, digital education or another use.' })
  activity!: Activity;
}

@InputType('SetPointOpeningHoursInput', { description: 'The new weekly opening hours of a point; they replace the old ones whole.' })
export class SetPointOpeningHoursInput {
  @Field(() => ID, { description: 'The point.' })
  pointId!: string;

  @Field(() => Int, { description: 'The version of the point the client last read; a stale one changes nothing (VERSION_CONFLICT).' })
  expectedVersion!: number;

  @Field(() => [OpeningHoursInput], { description: 'Every weekly interval (at most 50); an empty list means no timetable.' })
  hours!: OpeningHoursInput[];
}

@InputType('AddPointSpecialScheduleInput', {
  description: 'Days on which a point is closed, or open at other hours (a closure for works, a summer timetable…).',
})
export class AddPointSpecialScheduleInput {
  @Field(() => ID, { description: 'The point.' })
  pointId!: string;

  @Field(() => Int, { description: 'The version of the point the client last read; a stale one changes nothing (VERSION_CONFLICT).' })
  expectedVersion!: number;

  @Field(() => LocalDate, { description: 'The first day, e.g. "2027-08-01".' })
  validFrom!: string;

  @Field(() => LocalDate, { description: 'The last day, included; not before validFrom.' })
  validTo!: string;

  @Field(() => Boolean, { description: 'True: closed all day. False: open from opens to closes.' })
  closed!: boolean;

  @Field(() => LocalTime, { nullable: true, description: 'Opening time on those days; required unless closed, absent when closed.' })
  opens?: string | null;

  @Field(() => LocalTime, { nullable: true, description: 'Closing time on those days; required unless closed, absent when closed.' })
  closes?: string | null;

  @Field(() => Activity, {
    nullable: true,
    description: 'What the point offers in those hours (front office when absent); absent when closed.',
  })
  activity?: Activity | null;

  @Field(() => String, { description: 'Why, as citizens will read it, e.g. "Chiusura per lavori".' })
  reason!: string;
}

@InputType('RemovePointSpecialScheduleInput', { description: 'A special schedule to remove.' })
export class RemovePointSpecialScheduleInput {
  @Field(() => ID, { description: 'The special schedule.' })
  specialScheduleId!: string;

  @Field(() => Int, { description: 'The version of its point the client last read; a stale one changes nothing (VERSION_CONFLICT).' })
  expectedVersion!: number;
}

@InputType('OperatorInput', { description: 'An operator of a point: role and weekly hours, no personal data.' })
export class OperatorInput {
  @Field(() => OperatorRole, { description: 'The role, as the technical sheets name it.' })
  role!: OperatorRole;

  @Field(() => Float, { description: 'Hours of work a week, more than 0 and at most 60.' })
  weeklyHours!: number;

  @Field(() => Float, { nullable: true, description: 'Of those, hours of front office a week, where known.' })
  frontOfficeHours?: number | null;
}

@InputType('SetPointOperatorsInput', { description: 'The operators of a point; they replace the old ones whole.' })
export class SetPointOperatorsInput {
  @Field(() => ID, { description: 'The point.' })
  pointId!: string;

  @Field(() => Int, { description: 'The version of the point the client last read; a stale one changes nothing (VERSION_CONFLICT).' })
  expectedVersion!: number;

  @Field(() => [OperatorInput], { description: 'Every operator of the point (at most 50).' })
  operators!: OperatorInput[];
}

export enum PointsFileFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(PointsFileFormat, {
  name: 'PointsFileFormat',
  description: 'The format of a file of points to import.',
  valuesConfig: {
    CSV: { description: 'Comma- or semicolon-separated values with a header row (see the README for the columns).' },
    JSON: { description: 'A JSON list of points, or an object whose "points" is that list.' },
  },
});

@InputType('ImportPointsInput', { description: 'A file of points with their weekly hours, imported all or nothing.' })
export class ImportPointsInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The text of the file (at most about 1 MB); a larger one is staged in parts (stagePointsImportPart) and named by uploadId.',
  })
  document?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Instead of document: the upload whose parts were staged with stagePointsImportPart; they are imported as one file.',
  })
  uploadId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'False (the default): a column or key the file leaves out keeps the stored value, and an empty cell or null clears it. True: the file replaces each point whole, so what it leaves out is cleared.',
  })
  replace!: boolean;

  @Field(() => PointsFileFormat, { description: 'CSV or JSON.' })
  format!: PointsFileFormat;

  @Field(() => String, { nullable: true, description: 'The name of the file, recorded as the source of every imported point.' })
  documentName?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True: report what would change, and change nothing.' })
  dryRun!: boolean;
}

export const StagePointsImportPartInput = importUploadPartInput('StagePointsImportPartInput', 'a file of points', 'importPoints');
