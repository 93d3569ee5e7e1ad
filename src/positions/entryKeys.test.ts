import { describe, expect, it } from 'vitest';
import { keyAction, type Cursor, type KeyAction } from './entryKeys';

const names = ['José Ñúñez', 'Nguyễn Thị Minh', 'Zoë Łukasiewicz', 'Jane Doe', 'Ólafur Arnalds'];
const at = (row: number, col: Cursor['col'] = 'now'): Cursor => ({ row, col });

/** Type a string of keys from a cursor; returns what was recorded and where the cursor ended. */
function type(keys: string[], start: Cursor = at(0)): { recorded: string[]; cursor: Cursor } {
  let cursor = start;
  const recorded: string[] = [];
  for (const k of keys) {
    const a: KeyAction = keyAction(k, cursor, names);
    if (a.kind === 'record') {
      recorded.push(`${a.at.row}.${a.at.col}=${a.model}`);
      cursor = a.then;
    } else if (a.kind === 'move') cursor = a.to;
    else if (a.kind === 'clear') recorded.push(`${a.at.row}.${a.at.col}=cleared`);
  }
  return { recorded, cursor };
}

describe('entering views with the keyboard', () => {
  it('records a whole room as pairs of digits: now, then should be, then the next person', () => {
    const { recorded, cursor } = type(['2', '1', '2', '1', '3', '3']);
    expect(recorded).toEqual(['0.now=2', '0.shouldBe=1', '1.now=2', '1.shouldBe=1', '2.now=3', '2.shouldBe=3']);
    expect(cursor).toEqual(at(3, 'now'));
  });

  it('stays on the last person after their should-be view', () => {
    expect(type(['4'], at(4, 'shouldBe')).cursor).toEqual(at(4, 'shouldBe'));
  });

  it('moves with the arrows, Home and End, without leaving the grid', () => {
    expect(type(['ArrowUp']).cursor).toEqual(at(0));
    expect(type(['ArrowDown', 'ArrowDown', 'ArrowRight']).cursor).toEqual(at(2, 'shouldBe'));
    expect(type(['ArrowRight', 'ArrowLeft']).cursor).toEqual(at(0, 'now'));
    expect(type(['End']).cursor).toEqual(at(4));
    expect(type(['End', 'ArrowDown', 'Home']).cursor).toEqual(at(0));
  });

  it('clears with Delete, Backspace or 0', () => {
    expect(type(['Delete', 'Backspace', '0'], at(1, 'shouldBe')).recorded).toEqual([
      '1.shouldBe=cleared',
      '1.shouldBe=cleared',
      '1.shouldBe=cleared',
    ]);
  });

  it('jumps to a person by the first letter of their name, ignoring case and accents, going round', () => {
    expect(type(['n']).cursor).toEqual(at(1));
    expect(type(['j']).cursor).toEqual(at(3)); // the next J after José
    expect(type(['j', 'j']).cursor).toEqual(at(0)); // and round again
    expect(type(['o']).cursor).toEqual(at(4)); // Ólafur
    expect(type(['z']).cursor).toEqual(at(2));
    expect(type(['q']).cursor).toEqual(at(0)); // no one: stays
  });

  it('ignores other keys, keys with Ctrl/Alt/Meta, and an empty team', () => {
    expect(keyAction('5', at(0), names)).toEqual({ kind: 'none' });
    expect(keyAction('Tab', at(0), names)).toEqual({ kind: 'none' });
    expect(keyAction('2', at(0), names, true)).toEqual({ kind: 'none' });
    expect(keyAction('2', at(0), [])).toEqual({ kind: 'none' });
  });
});
