/** Expectations grouped by the role that owns them (the PDF and the Expectations record both list them so). */
import type { Expectation, Role } from './Charter';

export interface ExpectationGroup {
  /** Role id, or null for expectations that no one owns yet. */
  roleId: string | null;
  title: string;
  expectations: Expectation[];
}

export const NO_OWNER = 'No owner';

/**
 * Expectations grouped by owner role, in the order the roles are listed;
 * expectations with no owner (or an owner that is not a role) come last.
 * Order within a group is kept.
 */
export function groupExpectationsByOwner(expectations: readonly Expectation[], roles: readonly Role[]): ExpectationGroup[] {
  const byRole = new Map<string, Expectation[]>();
  const unowned: Expectation[] = [];
  const known = new Set(roles.map((r) => r.id));
  for (const e of expectations) {
    if (e.ownerRoleId && known.has(e.ownerRoleId)) {
      const list = byRole.get(e.ownerRoleId) ?? [];
      list.push(e);
      byRole.set(e.ownerRoleId, list);
    } else {
      unowned.push(e);
    }
  }
  const groups: ExpectationGroup[] = [];
  for (const r of roles) {
    const list = byRole.get(r.id);
    if (list?.length) groups.push({ roleId: r.id, title: r.name.trim() || 'Unnamed role', expectations: list });
  }
  if (unowned.length) groups.push({ roleId: null, title: NO_OWNER, expectations: unowned });
  return groups;
}
