import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { InputCheck } from '../shared/input-check.js';
import { payload } from '../shared/payload.js';
import { recordChange } from '../shared/record-change.js';
import { UserErrorCode, UserErrors, userError } from '../shared/user-error.js';
import { clockInstant, write } from '../shared/write.js';
import { Indicator } from './indicator.js';
import { RecordParticipationInput } from './participation-record.inputs.js';
import { ParticipationRecord } from './participation-record.js';
import { RecordParticipationPayload } from './participation-record.payloads.js';
import { municipioNumberOf, Point } from './point.js';
import { backOfficeSource } from './point-write.js';
import { SpazioComune } from './spazio-comune.js';

/** Participation recorded through the back office, in one transaction, checked and audited. */
@Resolver(() => ParticipationRecord)
export class ParticipationRecordMutations {
  @Authorized(Role.ADMIN, Role.EDITOR)
  @Mutation(() => RecordParticipationPayload, {
    description:
      'Records people who took part in an activity on a day; the indicator’s actual value adds them. Admins anywhere and for the whole city; editors at the points of their Municipi.',
  })
  recordParticipation(
    @Arg('input', () => RecordParticipationInput, {
      description: 'The indicator, the point (or none for the city), the day and the count.',
    })
    input: RecordParticipationInput,
    @Ctx() ctx: Context,
  ): Promise<RecordParticipationPayload> {
    return write(
      ctx,
      input,
      async (em) => {
        const check = new InputCheck(input);
        const date = check.date(['date'], input.date);
        if (date && date > (DateTime.now().setZone('Europe/Rome').toISODate() ?? '')) check.fail(['date'], 'is in the future.');
        check.count(['count'], input.count);
        check.done();
        const indicator = await em.findOne(Indicator, { code: input.indicatorCode });
        const point = input.pointId == null ? null : await em.findOne(Point, { id: input.pointId });
        const missing = [
          ...(indicator ? [] : [userError(UserErrorCode.NOT_FOUND, ['indicatorCode'], `There is no indicator "${input.indicatorCode}".`)]),
          ...(input.pointId != null && !point
            ? [userError(UserErrorCode.NOT_FOUND, ['pointId'], `There is no point "${input.pointId}".`)]
            : []),
        ];
        if (missing.length > 0) throw new UserErrors(missing);
        const number = point ? municipioNumberOf(point) : null;
        const viewer = await ctx.auth.requireMunicipio(number);
        const network = number === null ? null : await em.findOne(SpazioComune, { municipio: number });
        const record = em.create(ParticipationRecord, {
          id: randomUUID(),
          indicator: indicator as Indicator,
          network,
          point,
          recordedOn: date,
          quantity: input.count,
          source: backOfficeSource(point?.source.demo ?? false),
        });
        await em.flush();
        recordChange(em, viewer, {
          at: await clockInstant(em),
          action: 'recordParticipation',
          entityType: 'ParticipationRecord',
          entityId: record.id,
          before: {},
          after: { indicator: input.indicatorCode, point: input.pointId ?? null, date, count: input.count },
        });
        return payload(RecordParticipationPayload, { participation: record, indicator });
      },
      (userErrors) => payload(RecordParticipationPayload, { userErrors }),
    );
  }
}
