import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

describe('QR code', () => {
  it('draws a phone address as a square of modules with a quiet zone', () => {
    const a = qrPath('http://localhost:4180/p#abcd-efgh-jkmn-pqrs-tvwx-yz01-23');
    expect(a.size).toBeGreaterThanOrEqual(29 + 8);
    expect(a.d).toMatch(/^M4 4h7v1h-7z/); // the top-left finder pattern
    expect(qrPath('http://localhost:4180/p#other').d).not.toBe(a.d);
  });
});
