import { registerEnumType } from 'type-graphql';

/** The roles a token may carry (claim `roles`). */
export enum Role {
  ADMIN = 'admin',
  EDITOR = 'editor',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a token allows its holder to change.',
  valuesConfig: {
    ADMIN: { description: 'Changes anything and imports documents.' },
    EDITOR: { description: 'Changes the records of the Municipi named in the token.' },
  },
});

/** Who makes a request, as a verified token says. */
export interface Viewer {
  /** Claim `sub`: who acts; written in the audit trail. */
  sub: string;
  roles: Role[];
  /** Claim `municipi`: the Municipio numbers an editor may edit. */
  municipi: number[];
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.roles.includes(Role.ADMIN);
}

/** The role written in the audit trail: the strongest the token carries. */
export function actingRole(viewer: Viewer): Role {
  return isAdmin(viewer) ? Role.ADMIN : Role.EDITOR;
}
