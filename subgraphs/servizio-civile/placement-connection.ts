import { connectionType } from '../shared/connection.js';
import { ServizioCivilePlacement } from './placement.js';

export const ServizioCivilePlacementConnection = connectionType(ServizioCivilePlacement, 'ServizioCivilePlacement', 'placement');
