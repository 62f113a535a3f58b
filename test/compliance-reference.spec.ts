import { describe, expect, it } from 'vitest';
import { OperatorRole } from '../subgraphs/spazio-comune/operator.js';
import { PointKind } from '../subgraphs/spazio-comune/point.js';
import { SharedServiceArea } from '../subgraphs/spazio-comune/shared-service.js';
import { type ComplianceData, evaluateCompliance } from './support/compliance-reference.js';

const frontOffice = (id: string, weeklyHours: number, hours: number | null, demo = false) => ({
  id,
  demo,
  role: OperatorRole.FRONT_OFFICE,
  weeklyHours,
  frontOfficeHours: hours,
});

function wemi(
  id: string,
  network: string | null,
  frontHours: number,
  digitalHours: number,
  operators = [frontOffice(`${id}-a`, 20, 15)],
  demo = false,
) {
  return {
    id,
    demo,
    name: id,
    kind: PointKind.WEMI,
    network,
    operators,
    // One interval of front office and one of digital education, which counts as front office too.
    hours: [{ demo, frontOfficeMinutes: (frontHours + digitalHours) * 60, digitalEducationMinutes: digitalHours * 60 }],
  };
}

const row = (checks: ReturnType<typeof evaluateCompliance>, rule: string, subject: string) =>
  checks.find((c) => c.rule === rule && c.subject === subject);

describe('evaluateCompliance', () => {
  it('judges each rule per subject: met, missed, or null when data is missing', () => {
    const data: ComplianceData = {
      points: [
        wemi('ok', 'SPAZIO COMUNE.1', 10, 5, [frontOffice('o1', 20, 15), frontOffice('o2', 25, 18)]),
        wemi('short', 'SPAZIO COMUNE.1', 8, 2, [frontOffice('o3', 12, 10)]),
        { id: 'unknown', name: 'unknown', demo: false, kind: PointKind.WEMI, hours: [], operators: [] },
        { id: 'csrc', name: 'csrc', demo: false, kind: PointKind.CSRC, hours: [], operators: [] },
      ],
      networks: [
        {
          code: 'SPAZIO COMUNE.1',
          familyAssistantRegister: true,
          operators: [
            { role: OperatorRole.FRONT_OFFICE, count: 1, demo: false },
            { role: OperatorRole.COORDINATOR, count: 1, demo: false },
            { role: OperatorRole.CSRC_REFERENT, count: 1, demo: false },
          ],
        },
        { code: 'SPAZIO COMUNE.2', familyAssistantRegister: null, operators: [] },
      ],
      sharedServices: [SharedServiceArea.ACTIVE_AGEING, SharedServiceArea.STUDY_SUPPORT].map((area) => ({ area, demo: false })),
    };
    const checks = evaluateCompliance(data);

    expect(row(checks, 'WEMI_MINIMO_20', 'Milano')?.passed).toBe(false);
    expect(row(checks, 'FRONT_OFFICE_15_ORE', 'ok (ok)')?.passed).toBe(true);
    expect(row(checks, 'EDUCAZIONE_DIGITALE_5_ORE', 'ok (ok)')?.passed).toBe(true);
    expect(row(checks, 'FRONT_OFFICE_15_ORE', 'short (short)')?.passed).toBe(false);
    expect(row(checks, 'EDUCAZIONE_DIGITALE_5_ORE', 'short (short)')?.passed).toBe(false);
    expect(row(checks, 'FRONT_OFFICE_15_ORE', 'unknown (unknown)')?.passed).toBeNull();
    expect(row(checks, 'OPERATORI_MINIMO_2', 'ok (ok)')?.passed).toBe(true);
    expect(row(checks, 'OPERATORI_MINIMO_2', 'short (short)')?.passed).toBe(false);
    expect(row(checks, 'OPERATORI_MINIMO_2', 'unknown (unknown)')?.passed).toBeNull();
    expect(row(checks, 'OPERATORE_20_ORE', 'operatore o2 (ok)')?.passed).toBe(true);
    expect(row(checks, 'OPERATORE_20_ORE', 'operatore o3 (short)')?.passed).toBe(false);
    expect(row(checks, 'COORDINATORE_PER_RETE', 'SPAZIO COMUNE.1')?.passed).toBe(true);
    expect(row(checks, 'COORDINATORE_PER_RETE', 'SPAZIO COMUNE.2')?.passed).toBeNull();
    expect(row(checks, 'COMPOSIZIONE_COORDINAMENTO', 'SPAZIO COMUNE.1')).toMatchObject({ passed: false });
    expect(row(checks, 'COMPOSIZIONE_COORDINAMENTO', 'SPAZIO COMUNE.1')?.detail).toContain('COMMUNITY_SOCIAL_WORKER');
    expect(row(checks, 'REGISTRO_BAF', 'SPAZIO COMUNE.1')?.passed).toBe(true);
    expect(row(checks, 'SERVIZI_CONDIVISI_5', 'Milano')?.passed).toBe(false);
    // CSRC have no front-office minimum in the sheets.
    expect(checks.filter((c) => c.subject.startsWith('csrc'))).toEqual([]);
  });

  it('passes the city-wide rules when the network meets them', () => {
    const points = Array.from({ length: 20 }, (_, i) => wemi(`w${i}`, 'SPAZIO COMUNE.1', 10, 5));
    const areas = Object.values(SharedServiceArea);
    const checks = evaluateCompliance({
      points,
      networks: [],
      sharedServices: [...areas, SharedServiceArea.SOCIAL_HEALTH].map((area) => ({ area, demo: false })),
    });
    expect(row(checks, 'WEMI_MINIMO_20', 'Milano')?.passed).toBe(true);
    expect(row(checks, 'SERVIZI_CONDIVISI_5', 'Milano')?.passed).toBe(true);
  });

  it('says where demo records took part, and judges every row again on the real records alone', () => {
    const realPoints = Array.from({ length: 3 }, (_, i) => wemi(`r${i}`, 'SPAZIO COMUNE.1', 10, 5, []));
    const demoPoints = Array.from({ length: 18 }, (_, i) =>
      wemi(`d${i}`, 'SPAZIO COMUNE.1', 10, 5, [frontOffice(`d${i}-a`, 20, 15, true)], true),
    );
    const demoCoordinator = { role: OperatorRole.COORDINATOR, count: 1, demo: true };
    const checks = evaluateCompliance({
      points: [...realPoints, ...demoPoints],
      networks: [{ code: 'SPAZIO COMUNE.1', familyAssistantRegister: null, operators: [demoCoordinator] }],
      sharedServices: Object.values(SharedServiceArea).map((area) => ({ area, demo: true })),
    });

    expect(row(checks, 'WEMI_MINIMO_20', 'Milano')).toMatchObject({
      passed: true,
      passedOnRealData: false,
      includesDemo: true,
      measureBasis: { value: 21, real: 3, demo: 18, includesDemo: true },
    });
    // A real point with hours of its own: judged on real data, demo on or off.
    expect(row(checks, 'FRONT_OFFICE_15_ORE', 'r0 (r0)')).toMatchObject({ passed: true, passedOnRealData: true, includesDemo: false });
    // A real point with no operator on record: not known, never failed.
    expect(row(checks, 'OPERATORI_MINIMO_2', 'r0 (r0)')).toMatchObject({ passed: null, passedOnRealData: null, includesDemo: false });
    // A demo point: its rows say so and have no judgement on real data.
    expect(row(checks, 'FRONT_OFFICE_15_ORE', 'd0 (d0)')).toMatchObject({ passed: true, passedOnRealData: null, includesDemo: true });
    // Network rules resting on demo operators alone are not known on real data.
    expect(row(checks, 'COORDINATORE_PER_RETE', 'SPAZIO COMUNE.1')).toMatchObject({
      passed: true,
      passedOnRealData: null,
      includesDemo: true,
    });
    expect(row(checks, 'SERVIZI_CONDIVISI_5', 'Milano')).toMatchObject({ passed: false, passedOnRealData: null, includesDemo: true });
    expect(checks.filter((c) => !c.includesDemo).every((c) => c.passed === c.passedOnRealData)).toBe(true);
  });
});
