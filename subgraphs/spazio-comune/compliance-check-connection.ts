import { connectionType } from '../shared/connection.js';
import { ComplianceCheck } from './compliance-check.js';

export const ComplianceCheckConnection = connectionType(ComplianceCheck, 'ComplianceCheck', 'compliance check');

/** A check's key in its list: rule, kind and id identify it. */
export const complianceCheckKey = (c: ComplianceCheck) => `${c.rule}|${c.subjectKind}|${c.subjectId}`;
