/**
 * The PDF's fonts in the browser. Vite emits each font file as a separate
 * asset, fetched from the app's own origin only when a PDF is made: Noto Sans
 * always, a script font (Arabic, Hebrew, Chinese, Japanese, Korean) only when
 * the charter has text in that script. The service worker keeps the large
 * ones once fetched (runtime cache), so they work offline after first use.
 */
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { Charter } from '../../charter/Charter';
import { fontsForCharter, type ScriptFont } from '../../charter/printScripts';
import type { PdfFonts } from './charterPdf';

/** Each script font's address, its module imported only when that script is needed. */
const SCRIPT_FONT_URLS: Record<ScriptFont, () => Promise<{ default: string }>> = {
  arabic: () => import('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url'),
  hebrew: () => import('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url'),
  sc: () => import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'),
  tc: () => import('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf?url'),
  jp: () => import('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url'),
  kr: () => import('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url'),
};

const cache = new Map<string, Promise<Uint8Array>>();

function fetchBytes(url: string): Promise<Uint8Array> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`A font for the PDF could not be loaded (${res.status}). Check the connection and try again.`);
      return new Uint8Array(await res.arrayBuffer());
    });
    cache.set(url, p);
    // A failed load is not kept, so the next attempt tries again.
    p.catch(() => cache.delete(url));
  }
  return p;
}

/** Noto Sans, and the script fonts the charter needs (none when no charter is given). */
export async function loadFonts(charter?: Charter): Promise<PdfFonts> {
  const needed = charter ? fontsForCharter(charter) : [];
  const [regular, bold, ...scripts] = await Promise.all([
    fetchBytes(regularUrl),
    fetchBytes(boldUrl),
    ...needed.map(async (name) => fetchBytes((await SCRIPT_FONT_URLS[name]()).default)),
  ]);
  return { regular: regular!, bold: bold!, scripts: Object.fromEntries(needed.map((name, i) => [name, scripts[i]!])) };
}
