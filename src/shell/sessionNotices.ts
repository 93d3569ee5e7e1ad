/** What the open charter tells the user about edits refused, signatures cleared and other tabs, in words. */
import type { Charter, TeamMember } from '../charter/Charter';
import type { EditBlock } from '../charter/signing';
import type { SyncEvent } from '../storage/saveQueue';

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function blockedEditNotice(block: EditBlock, accepted: Charter): string {
  const n = accepted.signatures.length;
  return block === 'locked'
    ? `This charter is signed and locked, so that change was not kept. To change it, start revision ${accepted.revision + 1} from Sign off.`
    : `${n === 1 ? 'One person has' : `${n} people have`} signed this charter, so that change was not kept. Choose “Change the charter” first; it clears the signatures given so far.`;
}

export function clearedNotice(cleared: TeamMember[]): string {
  const one = cleared.length === 1;
  return `The ${one ? 'signature' : 'signatures'} of ${joinNames(cleared.map((m) => m.name))} ${one ? 'was' : 'were'} cleared. Make your changes; everyone signs again once the charter is final.`;
}

export function syncNoticeText(event: SyncEvent): { text: string; copyId: string | null } {
  switch (event.kind) {
    case 'deleted-elsewhere':
      return {
        text: 'This charter was deleted from the library in another tab. It is still here: any change you make puts it back in the library.',
        copyId: null,
      };
    case 'merged-elsewhere': {
      const copy = event.copyTitle ? `“${event.copyTitle}”` : 'a separate charter';
      return {
        text: event.replaced
          ? `This charter was changed in another tab at the same time as here. Where both changed the same thing (${event.fields.join(', ')}), the other tab’s version is shown here, and what was typed here is kept whole in ${copy}.`
          : `Changes made to this charter in another tab at the same time were saved as ${copy}, so nothing was lost.`,
        copyId: event.copyId,
      };
    }
    case 'merged-here': {
      const copy = event.copy ? `“${event.copy.title}”` : 'a separate charter';
      return {
        text: event.signedElsewhere
          ? `This charter was signed in another tab while it was being changed here, so the changes made here were saved as ${copy}.`
          : `This charter was also changed in another tab. Both tabs’ changes are kept; where both changed the same thing (${event.conflicts.join(', ')}), what was typed here stays here, and the other tab’s version is kept whole in ${copy}.`,
        copyId: event.copy?.id ?? null,
      };
    }
  }
}
