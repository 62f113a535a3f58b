import { describe, expect, it } from 'vitest';
import { type ComplianceData, evaluateCompliance } from '../subgraphs/spazio-comune/compliance.js';
import { Activity, OperatorRole, PointKind, SharedServiceArea, Weekday } from '../subgraphs/spazio-comune/enums.js';

const frontOffice = (id: string, weeklyHours: number, hours: number | null) => ({
  id,
  role: OperatorRole.FRONT_OFFICE,
  weeklyHours,
  frontOfficeHours: hours,
});

function wemi(id: string, network: string | null, frontHours: number, digitalHours: number, operators = [frontOffice(`${id}-a`, 20, 15)]) {
  return {
    id,
    name: id,
    kind: PointKind.WEMI,
    network,
    operators,
    hours: [
      { day: Weekday.MONDAY, opens: '09:00', closes: `${String(9 + frontHours).padStart(2, '0')}:00`, activity: Activity.FRONT_OFFICE },
      {
        day: Weekday.TUESDAY,
        opens: '09:00',
        closes: `${String(9 + digitalHours).padStart(2, '0')}:00`,
        activity: Activity.DIGITAL_EDUCATION,
      },
    ],
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
        { id: 'unknown', name: 'unknown', kind: PointKind.WEMI, network: null, hours: [], operators: [] },
        { id: 'csrc', name: 'csrc', kind: PointKind.CSRC, network: 'SPAZIO COMUNE.1', hours: [], operators: [] },
      ],
      networks: [
        {
          code: 'SPAZIO COMUNE.1',
          familyAssistantRegister: true,
          operators: [
            frontOffice('o1', 20, 15),
            { id: 'c1', role: OperatorRole.COORDINATOR, weeklyHours: 30, frontOfficeHours: null },
            { id: 'r1', role: OperatorRole.CSRC_REFERENT, weeklyHours: 10, frontOfficeHours: null },
          ],
        },
        { code: 'SPAZIO COMUNE.2', familyAssistantRegister: null, operators: [] },
      ],
      sharedServices: [SharedServiceArea.ACTIVE_AGEING, SharedServiceArea.STUDY_SUPPORT].map((area) => ({ area })),
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
      sharedServices: [...areas, SharedServiceArea.SOCIAL_HEALTH].map((area) => ({ area })),
    });
    expect(row(checks, 'WEMI_MINIMO_20', 'Milano')?.passed).toBe(true);
    expect(row(checks, 'SERVIZI_CONDIVISI_5', 'Milano')?.passed).toBe(true);
  });
});
