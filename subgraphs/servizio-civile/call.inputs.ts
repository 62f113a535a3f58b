import { documentImportInput } from '../shared/document-import.js';

export const ImportServizioCivileCallInput = documentImportInput('ImportServizioCivileCallInput', 'a Servizio Civile call (bando)');
