/**
 * Changes to the charter that the decision rights follow: adding a focus area or
 * a role, removing a role. Agreeing a model (positionsAndDecisions.ts) and adding
 * a domain (DecisionRight.ts) keep them in step too. Rows no one changed follow
 * the agreed model; rows the team changed stay as they are (syncRights).
 */
import { newFocusArea, removeRole, type Charter, type FocusArea, type Role } from './Charter';
import { syncRights } from './DecisionRight';

export function addFocusArea(charter: Charter, focusArea: FocusArea = newFocusArea()): void {
  charter.focusAreas.push(focusArea);
  syncRights(charter);
}

export function addRole(charter: Charter, role: Role): void {
  charter.roles.push(role);
  syncRights(charter);
}

/** Remove a role; what pointed at it loses it, and rows that follow their model are filled again without it. */
export function dropRole(charter: Charter, roleId: string): void {
  removeRole(charter, roleId);
  syncRights(charter);
}
