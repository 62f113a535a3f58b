import { documentImportInput } from '../shared/document-import.js';

export const ImportLevaCivicaProjectInput = documentImportInput('ImportLevaCivicaProjectInput', 'a Leva Civica project document');
