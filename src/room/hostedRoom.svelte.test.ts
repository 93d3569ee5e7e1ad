import { fixtureCharter } from '../../tests/unit/fixtureCharter';
import { describe, expect, it, vi } from 'vitest';
import { HostedRoom } from './hostedRoom.svelte';

// The room's code is loaded when a room opens; here it cannot be (as if the network dropped before it was cached).
vi.mock('./roomSocket', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a room whose code cannot be loaded', () => {
  it('stays closed and says why, and the message goes when the room is opened again', async () => {
    const charter = fixtureCharter('riverside-draft.json');
    const room = new HostedRoom(charter.id);
    room.start(charter, 'anonymous', charter.focusAreas[0]!.id);
    expect(room.open, 'opening').toBe(true);
    await vi.waitFor(() => expect(room.open).toBe(false));
    expect(room.failure).toBe('The room could not be opened: part of the app did not load. Check the connection, then open the room again.');
    room.start(charter, 'anonymous', charter.focusAreas[0]!.id);
    expect(room.failure, 'cleared while it tries again').toBeNull();
    await vi.waitFor(() => expect(room.failure).not.toBeNull());
  });
});
