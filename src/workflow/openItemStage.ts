/** Where each open item of the charter is fixed: the charter names the part, the workflow the stage. */
import type { CharterPart, OpenItem } from '../charter/completeness';
import type { StageId } from './stages';

export const STAGE_OF_PART: Readonly<Record<CharterPart, StageId>> = {
  basics: 'setup',
  team: 'setup',
  decisions: 'decide',
  rights: 'roles',
  expectations: 'expectations',
  supports: 'expectations',
  signatures: 'sign',
};

/** The stage where `item` is fixed. */
export function stageOf(item: Pick<OpenItem, 'part'>): StageId {
  return STAGE_OF_PART[item.part];
}
