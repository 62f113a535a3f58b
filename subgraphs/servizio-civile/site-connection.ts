import { connectionType } from '../shared/connection.js';
import { ServizioCivileSite } from './site.js';

export const ServizioCivileSiteConnection = connectionType(ServizioCivileSite, 'ServizioCivileSite', 'site');
