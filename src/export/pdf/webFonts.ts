/**
 * Noto Sans for the PDF in the browser. The font files are emitted by Vite as
 * separate assets and fetched from the app's own origin only when a PDF is
 * made, so they never weigh on the first download.
 */
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { PdfFonts } from './charterPdf';

let cached: Promise<PdfFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The PDF font could not be loaded (${res.status}). Check the connection and try again.`);
  return new Uint8Array(await res.arrayBuffer());
}

export function loadFonts(): Promise<PdfFonts> {
  cached ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed load is not kept, so the next attempt tries again.
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
