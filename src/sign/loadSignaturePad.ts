/**
 * signature_pad is loaded only when the Sign off stage opens (a dynamic
 * import, so it is its own small chunk and never part of the first download).
 */
import type SignaturePad from 'signature_pad';

export type SignaturePadClass = typeof SignaturePad;

let loading: Promise<SignaturePadClass> | null = null;

export function loadSignaturePad(): Promise<SignaturePadClass> {
  loading ??= import('signature_pad').then((m) => m.default);
  // A failed load is not kept, so the next attempt tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
