import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { importDocumentOrUpload, stageUploadPart } from '../shared/import-upload.js';
import { payload } from '../shared/payload.js';
import { UserErrorCode, UserErrors, userError } from '../shared/user-error.js';
import { write } from '../shared/write.js';
import { writePoints } from './import/import-points.js';
import { checkedPointsFile } from './import/points-file.js';
import { POINTS_UPLOAD } from './import-upload.js';
import { Activity, OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import {
  AddPointSpecialScheduleInput,
  ImportPointsInput,
  RemovePointSpecialScheduleInput,
  SetPointOpeningHoursInput,
  SetPointOperatorsInput,
  StagePointsImportPartInput,
} from './point.inputs.js';
import { municipioNumberOf, Point } from './point.js';
import {
  AddPointSpecialSchedulePayload,
  ImportPointsPayload,
  PointsImportReport,
  RemovePointSpecialSchedulePayload,
  SetPointOpeningHoursPayload,
  SetPointOperatorsPayload,
  StagePointsImportPartPayload,
} from './point.payloads.js';
import { openPointWrite, writePoint } from './point-write.js';
import { SpazioComune } from './spazio-comune.js';
import { SpecialSchedule } from './special-schedule.js';

const MAX_ITEMS = 50;
const EDITORS = 'Admins, and editors of the point’s Municipio.';

/** The back office of the points: each mutation in one transaction, checked, versioned and audited. */
@Resolver(() => Point)
export class PointMutations {
  @Authorized(Role.ADMIN, Role.EDITOR)
  @Mutation(() => SetPointOpeningHoursPayload, { description: `Replaces the weekly opening hours of a point. ${EDITORS}` })
  setPointOpeningHours(
    @Arg('input', () => SetPointOpeningHoursInput, { description: 'The point, its version as last read, and its new hours.' })
    input: SetPointOpeningHoursInput,
    @Ctx() ctx: Context,
  ): Promise<SetPointOpeningHoursPayload> {
    return writePoint(ctx, input, SetPointOpeningHoursPayload, async (change, check, em) => {
      if (input.hours.length > MAX_ITEMS) check.fail(['hours'], `at most ${MAX_ITEMS} intervals.`);
      const hours = input.hours.map((h, i) => ({
        day: h.day,
        opens: check.time(['hours', i, 'opens'], h.opens),
        closes: check.time(['hours', i, 'closes'], h.closes),
        activity: h.activity,
      }));
      hours.forEach((h, i) => {
        if (h.opens && h.opens === h.closes) check.fail(['hours', i, 'closes'], 'an interval must not close when it opens.');
      });
      check.done();
      const old = await em.find(OpeningHours, { point: change.point }, { orderBy: { id: 'asc' } });
      em.remove(old);
      for (const h of hours) em.create(OpeningHours, { id: randomUUID(), point: change.point, ...h, source: change.source });
      await change.commit('setPointOpeningHours', { openingHours: old.map(hoursFields) }, { openingHours: hours });
      return { point: change.point };
    });
  }

  @Authorized(Role.ADMIN, Role.EDITOR)
  @Mutation(() => AddPointSpecialSchedulePayload, {
    description: `Closes a point for some days, or opens it at other hours on those days. ${EDITORS}`,
  })
  addPointSpecialSchedule(
    @Arg('input', () => AddPointSpecialScheduleInput, { description: 'The point, its version as last read, and the days.' })
    input: AddPointSpecialScheduleInput,
    @Ctx() ctx: Context,
  ): Promise<AddPointSpecialSchedulePayload> {
    return writePoint(ctx, input, AddPointSpecialSchedulePayload, async (change, check, em) => {
      const validFrom = check.date(['validFrom'], input.validFrom);
      const validTo = check.date(['validTo'], input.validTo);
      if (validFrom && validTo && validTo < validFrom) check.fail(['validTo'], `${validTo} is before validFrom (${validFrom}).`);
      const reason = check.text(['reason'], input.reason, 500);
      let opens: string | null = null;
      let closes: string | null = null;
      if (input.closed) {
        for (const field of ['opens', 'closes', 'activity'] as const)
          if (input[field] != null) check.fail([field], 'must be absent when the point is closed.');
      } else {
        opens = check.requiredTime(['opens'], input.opens, 'is required unless closed.');
        closes = check.requiredTime(['closes'], input.closes, 'is required unless closed.');
        if (opens && opens === closes) check.fail(['closes'], 'must differ from opens.');
      }
      check.done();
      const schedule = em.create(SpecialSchedule, {
        id: randomUUID(),
        point: change.point,
        validFrom,
        validTo,
        closed: input.closed,
        opens,
        closes,
        activity: input.closed ? null : (input.activity ?? Activity.FRONT_OFFICE),
        reason,
        source: change.source,
      });
      await change.commit('addPointSpecialSchedule', {}, { specialSchedule: specialFields(schedule) });
      return { specialSchedule: schedule, point: change.point };
    });
  }

  @Authorized(Role.ADMIN, Role.EDITOR)
  @Mutation(() => RemovePointSpecialSchedulePayload, { description: `Removes a special schedule of a point. ${EDITORS}` })
  removePointSpecialSchedule(
    @Arg('input', () => RemovePointSpecialScheduleInput, { description: 'The special schedule, and its point’s version as last read.' })
    input: RemovePointSpecialScheduleInput,
    @Ctx() ctx: Context,
  ): Promise<RemovePointSpecialSchedulePayload> {
    return write(
      ctx,
      input,
      async (em) => {
        const found = await em.findOne(SpecialSchedule, { id: input.specialScheduleId });
        if (!found)
          throw new UserErrors([
            userError(UserErrorCode.NOT_FOUND, ['specialScheduleId'], `There is no special schedule "${input.specialScheduleId}".`),
          ]);
        const change = await openPointWrite(ctx, em, found.point.id, input.expectedVersion, 'specialScheduleId');
        const before = specialFields(found);
        em.remove(found);
        await change.commit('removePointSpecialSchedule', { specialSchedule: before }, {});
        return payload(RemovePointSpecialSchedulePayload, { removedSpecialScheduleId: found.id, point: change.point });
      },
      (userErrors) => payload(RemovePointSpecialSchedulePayload, { userErrors }),
    );
  }

  @Authorized(Role.ADMIN, Role.EDITOR)
  @Mutation(() => SetPointOperatorsPayload, {
    description: `Replaces the operators of a point (roles and weekly hours, no personal data); the compliance report follows. ${EDITORS}`,
  })
  setPointOperators(
    @Arg('input', () => SetPointOperatorsInput, { description: 'The point, its version as last read, and its operators.' })
    input: SetPointOperatorsInput,
    @Ctx() ctx: Context,
  ): Promise<SetPointOperatorsPayload> {
    return writePoint(ctx, input, SetPointOperatorsPayload, async (change, check, em) => {
      if (input.operators.length > MAX_ITEMS) check.fail(['operators'], `at most ${MAX_ITEMS} operators.`);
      input.operators.forEach((o, i) => {
        if (!Number.isFinite(o.weeklyHours) || o.weeklyHours <= 0 || o.weeklyHours > 60)
          check.fail(['operators', i, 'weeklyHours'], 'must be more than 0 and at most 60.');
        if (
          o.frontOfficeHours != null &&
          (!Number.isFinite(o.frontOfficeHours) || o.frontOfficeHours < 0 || o.frontOfficeHours > o.weeklyHours)
        )
          check.fail(['operators', i, 'frontOfficeHours'], 'must be from 0 to weeklyHours.');
      });
      const number = municipioNumberOf(change.point);
      const network = number === null ? null : await em.findOne(SpazioComune, { municipio: number });
      if (!network) check.fail(['pointId'], 'the point is in no known Municipio, so in no network: its operators cannot be set.');
      check.done();
      const old = await em.find(Operator, { point: change.point }, { orderBy: { id: 'asc' } });
      em.remove(old);
      const operators = input.operators.map((o) => ({
        role: o.role,
        weeklyHours: o.weeklyHours,
        frontOfficeHours: o.frontOfficeHours ?? null,
      }));
      for (const o of operators)
        em.create(Operator, { id: randomUUID(), network: network as SpazioComune, point: change.point, ...o, source: change.source });
      await change.commit('setPointOperators', { operators: old.map(operatorFields) }, { operators });
      return { point: change.point };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StagePointsImportPartPayload, {
    description:
      'Stages one part of a file of points too large for one request; importPoints({ uploadId }) then imports the parts as one file. Admins only.',
  })
  stagePointsImportPart(
    @Arg('input', () => StagePointsImportPartInput, { description: 'The upload, the position of the part, and its text.' })
    input: InstanceType<typeof StagePointsImportPartInput>,
    @Ctx() ctx: Context,
  ): Promise<InstanceType<typeof StagePointsImportPartPayload>> {
    return stageUploadPart(ctx, input, StagePointsImportPartPayload, POINTS_UPLOAD);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportPointsPayload, {
    description:
      'Imports points with their weekly hours from a CSV or JSON file, all or nothing: new ids are created, changed points updated (version + 1, audited), the same file twice changes nothing. Only what the file gives changes: a column or key it leaves out keeps the stored value (unless replace). Admins only.',
  })
  importPoints(
    @Arg('input', () => ImportPointsInput, { description: 'The file (or its staged upload), its format, and whether this is a dry run.' })
    input: ImportPointsInput,
    @Ctx() ctx: Context,
  ): Promise<ImportPointsPayload> {
    // The file is checked by its parser, with its lines; the rest of the input here.
    return importDocumentOrUpload(
      ctx,
      input,
      ImportPointsPayload,
      async (em, viewer, file, progress) => {
        const points = await checkedPointsFile(file, input.format);
        const document = input.documentName?.trim() || `Import di punti (${input.format})`;
        const counts = await writePoints(em, viewer, points, {
          document,
          action: 'importPoints',
          replace: input.replace,
          progress,
        });
        // The import's actions are the enum's values ('CREATED', 'UPDATED') as plain strings.
        return { report: payload(PointsImportReport, { dryRun: input.dryRun, ...counts } as Partial<PointsImportReport>) };
      },
      { documentName: input.documentName, uploadId: input.uploadId },
    );
  }
}

function hoursFields(h: OpeningHours) {
  return { day: h.day, opens: h.opens, closes: h.closes, activity: h.activity };
}

function specialFields(s: SpecialSchedule) {
  return {
    id: s.id,
    validFrom: s.validFrom,
    validTo: s.validTo,
    closed: s.closed,
    opens: s.opens,
    closes: s.closes,
    activity: s.activity,
    reason: s.reason,
  };
}

function operatorFields(o: Operator) {
  return { role: o.role, weeklyHours: o.weeklyHours, frontOfficeHours: o.frontOfficeHours };
}
