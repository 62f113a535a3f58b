import { connectionType } from '../shared/connection.js';
import { ServizioCivileProject } from './project.js';

export const ServizioCivileProjectConnection = connectionType(ServizioCivileProject, 'ServizioCivileProject', 'project');
