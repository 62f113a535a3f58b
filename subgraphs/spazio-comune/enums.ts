import { registerEnumType } from 'type-graphql';

export enum PointKind {
  CSRC = 'CSRC',
  WEMI = 'WEMI',
}
registerEnumType(PointKind, {
  name: 'PointKind',
  description: 'The kind of a point of a SPAZIO COMUNE network.',
  valuesConfig: {
    CSRC: { description: 'Centro Socio Ricreativo Culturale.' },
    WEMI: { description: 'Spazio WeMi (welfare di comunità).' },
  },
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: {
    MONDAY: { description: 'Lunedì.' },
    TUESDAY: { description: 'Martedì.' },
    WEDNESDAY: { description: 'Mercoledì.' },
    THURSDAY: { description: 'Giovedì.' },
    FRIDAY: { description: 'Venerdì.' },
    SATURDAY: { description: 'Sabato.' },
    SUNDAY: { description: 'Domenica.' },
  },
});

/** ISO weekday numbers (Monday = 1), as luxon counts them. */
export const WEEKDAYS: Weekday[] = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
  Weekday.SUNDAY,
];

export enum Activity {
  FRONT_OFFICE = 'FRONT_OFFICE',
  DIGITAL_EDUCATION = 'DIGITAL_EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(Activity, {
  name: 'Activity',
  description: 'What a point offers in an opening interval.',
  valuesConfig: {
    FRONT_OFFICE: { description: 'Listening, information and orientation for citizens (front office).' },
    DIGITAL_EDUCATION: { description: 'Digital education: front office at computer stations and computer literacy courses.' },
    OTHER: { description: 'Other uses: socialising, workshops, courses, events.' },
  },
});

export enum OperatorRole {
  FRONT_OFFICE = 'FRONT_OFFICE',
  COORDINATOR = 'COORDINATOR',
  CSRC_REFERENT = 'CSRC_REFERENT',
  COMMUNITY_SOCIAL_WORKER = 'COMMUNITY_SOCIAL_WORKER',
  MUNICIPIO_TECHNICIAN = 'MUNICIPIO_TECHNICIAN',
}
registerEnumType(OperatorRole, {
  name: 'OperatorRole',
  description: 'The role of an operator in a municipal network, as the technical sheets name them.',
  valuesConfig: {
    FRONT_OFFICE: { description: 'Operator of a Spazio WeMi dedicated to front office.' },
    COORDINATOR: { description: 'Coordinator of the network (coordinatore degli spazi WeMi e della rete).' },
    CSRC_REFERENT: { description: 'Referent of the CSRC (referente degli CSRC).' },
    COMMUNITY_SOCIAL_WORKER: { description: 'Community social worker (Assistente sociale di Comunità).' },
    MUNICIPIO_TECHNICIAN: { description: 'Technician of the Municipio (tecnico del Municipio).' },
  },
});

export enum SharedServiceArea {
  ACTIVE_AGEING = 'ACTIVE_AGEING',
  WORK_LIFE_BALANCE = 'WORK_LIFE_BALANCE',
  STUDY_SUPPORT = 'STUDY_SUPPORT',
  SOCIAL_HEALTH = 'SOCIAL_HEALTH',
}
registerEnumType(SharedServiceArea, {
  name: 'SharedServiceArea',
  description: 'The four areas of the shared services (servizi condivisi) of the Spazi WeMi.',
  valuesConfig: {
    ACTIVE_AGEING: { description: 'promozione di un invecchiamento attivo' },
    WORK_LIFE_BALANCE: { description: 'supporto alla conciliazione tempo vita/lavoro' },
    STUDY_SUPPORT: { description: 'sostegno allo studio' },
    SOCIAL_HEALTH: { description: 'servizi sociosanitari' },
  },
});

export enum IndicatorKind {
  OUTPUT = 'OUTPUT',
  RESULT = 'RESULT',
}
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'Output indicator (realizzazione fisica) or result indicator (risultato).',
  valuesConfig: {
    OUTPUT: { description: 'Indicatore di realizzazione fisica/output.' },
    RESULT: { description: 'Indicatore di risultato.' },
  },
});

export enum GovernanceLevel {
  DIRECTIVE = 'DIRECTIVE',
  MANAGEMENT = 'MANAGEMENT',
  PROJECT = 'PROJECT',
}
registerEnumType(GovernanceLevel, {
  name: 'GovernanceLevel',
  description: 'The three levels of governance of SPAZIO COMUNE.',
  valuesConfig: {
    DIRECTIVE: { description: 'Primo livello: DIRETTIVO (Cabina di Regia Integrata).' },
    MANAGEMENT: { description: 'Secondo livello: GESTIONALE (Coordinamenti delle reti municipali).' },
    PROJECT: { description: 'Terzo livello: PROGETTUALE (Gruppi di Progetto).' },
  },
});

export enum MunicipioBasis {
  SOURCE = 'SOURCE',
  BOUNDARY = 'BOUNDARY',
}
registerEnumType(MunicipioBasis, {
  name: 'MunicipioBasis',
  description: 'How the Municipio of a place (a point, a Servizio Civile site) is known.',
  valuesConfig: {
    SOURCE: { description: 'A source says it.' },
    BOUNDARY: { description: 'Derived from the place’s coordinates and the official boundaries of the Municipi (ds379).' },
  },
});

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

export enum SheetProvisionKind {
  GENERAL_AIM = 'GENERAL_AIM',
  OBJECTIVE = 'OBJECTIVE',
  ACTIVITY = 'ACTIVITY',
  STAFF = 'STAFF',
  FUNDING = 'FUNDING',
  OBLIGATION = 'OBLIGATION',
  GOVERNANCE = 'GOVERNANCE',
  BODY = 'BODY',
  SYSTEM_ACTION = 'SYSTEM_ACTION',
  ROLE = 'ROLE',
}
registerEnumType(SheetProvisionKind, {
  name: 'SheetProvisionKind',
  description: 'What a provision of the technical sheets sets.',
  valuesConfig: {
    GENERAL_AIM: { description: 'A general aim (Finalità generali).' },
    OBJECTIVE: { description: 'A specific objective (Obiettivi specifici), or one of its sub-objectives.' },
    ACTIVITY: { description: 'An activity to organise (Attività).' },
    STAFF: { description: 'A rule on staff or volunteers (Personale).' },
    FUNDING: { description: 'Money: an allocation, an advance, a cap on added work.' },
    OBLIGATION: { description: 'Who must do or pay what: premises, maintenance, reporting, monitoring, communication.' },
    GOVERNANCE: { description: 'How the governance bodies are made up, chosen and connected.' },
    BODY: { description: 'A body the sheets call for beyond the three levels of governance (the soggetto co-gestore).' },
    SYSTEM_ACTION: { description: 'An action of system (Azioni di sistema) of the co-managing body.' },
    ROLE: { description: 'A staff role the sheets require, with the experience asked of it.' },
  },
});

export enum Party {
  COMUNE_DI_MILANO = 'COMUNE_DI_MILANO',
  ETS = 'ETS',
}
registerEnumType(Party, {
  name: 'Party',
  description: 'A party of the co-design: the Comune or the partner bodies of the third sector.',
  valuesConfig: {
    COMUNE_DI_MILANO: { description: 'Il Comune di Milano.' },
    ETS: { description: 'Gli Enti del Terzo Settore partner (ETS).' },
  },
});
