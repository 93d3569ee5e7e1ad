/**
 * The charter file travels inside its PDF, so the app can open a printed
 * charter's PDF again. It is stored base64-encoded in the PDF's XMP metadata
 * packet, which jsPDF writes uncompressed; reading it back needs no PDF
 * library, only a search for the markers below in the raw bytes.
 *
 * (A PDF that another tool has re-saved with compressed metadata streams will
 * no longer carry a readable copy; extractCharterJson then returns null.)
 */

/** An identifier for our XMP fields (a URN: it names nothing on any network). */
export const XMP_NAMESPACE = 'urn:same-playbook:charter:1.0';
const OPEN = '<sp:charterFileBase64>';
const CLOSE = '</sp:charterFileBase64>';

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));

/**
 * Base64 of bytes. Written out by hand because btoa over a large binary
 * string is slow in Node and needs the whole input as a string first.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = B64_CODES[n >>> 18]!;
    out[o++] = B64_CODES[(n >>> 12) & 63]!;
    out[o++] = B64_CODES[(n >>> 6) & 63]!;
    out[o++] = B64_CODES[n & 63]!;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (bytes[whole]! << 16) | (rest === 2 ? bytes[whole + 1]! << 8 : 0);
    out[o++] = B64_CODES[n >>> 18]!;
    out[o++] = B64_CODES[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? B64_CODES[(n >>> 6) & 63]! : 61; // '='
    out[o++] = 61;
  }
  return new TextDecoder('latin1').decode(out);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * A complete XMP packet carrying the document title and the charter file
 * (already serialised) as base64 of its UTF-8 bytes. Pass it to
 * `doc.addMetadata(xmp, true)`.
 */
export function charterXmp(charterJson: string, meta: { title: string; description: string }): string {
  const payload = bytesToBase64(new TextEncoder().encode(charterJson));
  return (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:sp="${XMP_NAMESPACE}">\n` +
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>\n` +
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.description)}</rdf:li></rdf:Alt></dc:description>\n` +
    '<xmp:CreatorTool>Same Playbook</xmp:CreatorTool>\n' +
    `${OPEN}${payload}${CLOSE}\n` +
    '</rdf:Description>\n' +
    '</rdf:RDF>\n' +
    '</x:xmpmeta>\n' +
    '<?xpacket end="r"?>'
  );
}

/**
 * Find the charter file embedded by buildCharterPdf in a PDF's bytes. Returns
 * the charter JSON text exactly as it was embedded, or null when the PDF
 * carries none (or a damaged one). The caller still validates it like any
 * other charter file.
 */
export async function extractCharterJson(pdfBytes: Uint8Array): Promise<string | null> {
  const found = findEmbeddedCharter(pdfBytes);
  return found.kind === 'found' ? found.json : null;
}

/**
 * What a PDF carries: no charter at all ("none": not made by Same Playbook, or
 * its metadata was dropped by another program), a charter whose embedding is
 * broken ("damaged": the PDF was altered or cut short), or the charter JSON.
 */
export type EmbeddedCharter = { kind: 'none' } | { kind: 'damaged'; detail: string } | { kind: 'found'; json: string };

export function findEmbeddedCharter(pdfBytes: Uint8Array): EmbeddedCharter {
  // Markers and base64 are ASCII, so a byte-for-character decoding is enough.
  const text = new TextDecoder('latin1').decode(pdfBytes);
  // The last copy wins: a PDF edited with incremental updates appends.
  const start = text.lastIndexOf(OPEN);
  if (start < 0) return { kind: 'none' };
  const end = text.indexOf(CLOSE, start);
  if (end < 0) return { kind: 'damaged', detail: 'the charter data is cut short' };
  const payload = text.slice(start + OPEN.length, end).replace(/\s+/g, '');
  if (payload === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(payload) || payload.length % 4 !== 0) {
    return { kind: 'damaged', detail: 'some of its bytes were changed' };
  }
  try {
    return { kind: 'found', json: new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(payload)) };
  } catch {
    return { kind: 'damaged', detail: 'the charter data is not readable text' };
  }
}
