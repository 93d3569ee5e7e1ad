import { afterEach, describe, expect, it } from 'vitest';
import { audienceCharterId, audienceUrl, isRoomMessage, openRoomChannel, type RoomChannel, type RoomMessage } from './roomChannel';

const open: RoomChannel[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

function next(received: RoomMessage[]): Promise<RoomMessage> {
  return new Promise((resolve) => {
    const t = setInterval(() => {
      if (received.length) {
        clearInterval(t);
        resolve(received.shift()!);
      }
    }, 5);
  });
}

describe('the room channel', () => {
  it('carries messages between two windows of the same charter only', async () => {
    const atAudience: RoomMessage[] = [];
    const atOther: RoomMessage[] = [];
    const presenter = openRoomChannel('charter-a', () => {});
    const audience = openRoomChannel('charter-a', (m) => atAudience.push(m));
    const otherCharter = openRoomChannel('charter-b', (m) => atOther.push(m));
    open.push(presenter, audience, otherCharter);
    expect(presenter.supported).toBe(true);

    presenter.post({ type: 'command', command: 'next' });
    expect(await next(atAudience)).toEqual({ type: 'command', command: 'next' });
    await new Promise((r) => setTimeout(r, 30));
    expect(atOther).toEqual([]);
  });

  it('ignores malformed messages', () => {
    expect(isRoomMessage({ type: 'command', command: 'delete-everything' })).toBe(false);
    expect(isRoomMessage({ type: 'state' })).toBe(false);
    expect(isRoomMessage('next')).toBe(false);
    expect(isRoomMessage({ type: 'goodbye', from: 'audience', id: 'w1' })).toBe(true);
    expect(isRoomMessage({ type: 'goodbye', from: 'audience' })).toBe(false);
    expect(isRoomMessage({ type: 'hello', id: 'w1' })).toBe(true);
    expect(isRoomMessage({ type: 'hello' })).toBe(false);
  });

  it('names the audience window by the charter it shows', () => {
    expect(audienceUrl('a b/c')).toBe('./?audience=a%20b%2Fc');
    expect(audienceCharterId('?audience=a%20b%2Fc')).toBe('a b/c');
    expect(audienceCharterId('')).toBeNull();
    expect(audienceCharterId('?audience=')).toBeNull();
  });
});
