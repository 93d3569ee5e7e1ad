/**
 * The charter file travels inside its PDF, so the app can open a printed
 * charter's PDF again and check it against its fingerprint.
 *
 * It is attached to the PDF as a file, charter.json (a PDF "embedded file",
 * listed in the viewer's attachments), deflated (FlateDecode, which is zlib):
 * about a fifth of the charter's size, where the earlier base64 copy in the
 * XMP metadata took half or more of every PDF. Reading it back needs no PDF
 * library: findEmbeddedCharter looks for the attachment's dictionary, which
 * this module writes in a fixed form, takes /Length bytes after "stream",
 * inflates them and checks the zlib checksum. PDFs made by earlier releases
 * carry the charter as base64 in their XMP packet and still open.
 *
 * (A PDF that another program has rewritten may no longer carry a readable
 * copy; the reader then says the PDF was not made by Same Playbook.)
 */
import { unzlibSync, zlibSync } from 'fflate';

/** An identifier for our XMP fields (a URN: it names nothing on any network). */
export const XMP_NAMESPACE = 'urn:same-playbook:charter:1.0';
/** The start of the attachment's stream dictionary, exactly as written (the reader looks for it). */
const ATTACHMENT = '<< /Type /EmbeddedFile /Subtype /application#2Fjson /SamePlaybookCharter true /Filter /FlateDecode /Length ';
/** Digits of /Length, zero-padded, so the attachment can be rewritten in place. */
const LENGTH_DIGITS = 10;
/** Whitespace after the stream, room for an in-place rewrite (PDF readers skip it). */
const SLACK = 2048;
export const ATTACHMENT_NAME = 'charter.json';
/** The embedding of earlier releases: base64 of the plain JSON in the XMP packet. */
const OPEN_PLAIN = '<sp:charterFileBase64>';
const CLOSE_PLAIN = '</sp:charterFileBase64>';

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
 * A complete XMP packet carrying the document's title, description, author
 * and language. Pass it to `doc.addMetadata(xmp, true)`. (The charter itself
 * is attached as a file: attachCharterFile.)
 */
export function charterXmp(meta: { title: string; description: string; author?: string; language?: string }): string {
  return (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:sp="${XMP_NAMESPACE}">\n` +
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>\n` +
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.description)}</rdf:li></rdf:Alt></dc:description>\n` +
    (meta.author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>\n` : '') +
    (meta.language ? `<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>\n` : '') +
    '<xmp:CreatorTool>Same Playbook</xmp:CreatorTool>\n' +
    `<sp:charterFile>${ATTACHMENT_NAME}</sp:charterFile>\n` +
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
  // Markers, numbers and base64 are ASCII, so a byte-for-character decoding is enough.
  const text = new TextDecoder('latin1').decode(pdfBytes);
  const at = locateAttachment(text);
  if (at.kind === 'damaged') return at;
  if (at.kind === 'found') {
    const bytes = inflateChecked(pdfBytes.subarray(at.start, at.start + at.length));
    if (!bytes) return { kind: 'damaged', detail: 'some of its bytes were changed' };
    return decodeUtf8(bytes);
  }
  return findPlainXmp(text);
}

type Located = { kind: 'none' } | { kind: 'damaged'; detail: string } | { kind: 'found'; start: number; length: number; lengthAt: number };

/** Where the attachment's deflated bytes are (the last copy wins: incremental updates append). */
function locateAttachment(text: string): Located {
  const dict = text.lastIndexOf(ATTACHMENT);
  if (dict < 0) return { kind: 'none' };
  const lengthAt = dict + ATTACHMENT.length;
  const m = /^(\d+)[^]*?>>\s*stream(\r\n|\n)/.exec(text.slice(lengthAt, lengthAt + 400));
  if (!m) return { kind: 'damaged', detail: 'the charter data is cut short' };
  const start = lengthAt + m[0].length;
  const length = Number(m[1]);
  if (start + length > text.length) return { kind: 'damaged', detail: 'the charter data is cut short' };
  return { kind: 'found', start, length, lengthAt };
}

/** Adler-32, the zlib checksum, which fflate does not check on its own. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function inflateChecked(deflated: Uint8Array): Uint8Array | null {
  try {
    const out = unzlibSync(deflated);
    const n = deflated.length;
    const stored = ((deflated[n - 4]! << 24) | (deflated[n - 3]! << 16) | (deflated[n - 2]! << 8) | deflated[n - 1]!) >>> 0;
    return stored === adler32(out) ? out : null;
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array): EmbeddedCharter {
  try {
    return { kind: 'found', json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'damaged', detail: 'the charter data is not readable text' };
  }
}

/** The embedding of earlier releases: base64 of the charter JSON inside the XMP packet. */
function findPlainXmp(text: string): EmbeddedCharter {
  const start = text.lastIndexOf(OPEN_PLAIN);
  if (start < 0) return { kind: 'none' };
  const end = text.indexOf(CLOSE_PLAIN, start);
  if (end < 0) return { kind: 'damaged', detail: 'the charter data is cut short' };
  const payload = text.slice(start + OPEN_PLAIN.length, end).replace(/\s+/g, '');
  if (payload === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(payload) || payload.length % 4 !== 0) {
    return { kind: 'damaged', detail: 'some of its bytes were changed' };
  }
  return decodeUtf8(base64ToBytes(payload));
}

/** What jsPDF's internal API offers a plugin (the parts used here). */
interface JsPdfInternal {
  newObject(): number;
  write(...s: string[]): void;
  events: { subscribe(event: string, fn: () => void): void };
}

function bytesToLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/**
 * Attach the charter file (already serialised) to a jsPDF document as
 * charter.json, deflated, listed in the catalogue's embedded files and as an
 * associated file of the document.
 */
export function attachCharterFile(doc: { internal: unknown }, charterJson: string, description: string): void {
  const internal = doc.internal as JsPdfInternal;
  const plain = new TextEncoder().encode(charterJson);
  const deflated = zlibSync(plain, { level: 9 });
  let spec = 0;
  internal.events.subscribe('postPutResources', () => {
    const file = internal.newObject();
    internal.write(`${ATTACHMENT}${String(deflated.length).padStart(LENGTH_DIGITS, '0')} /Params << /Size ${plain.length} >> >>`);
    internal.write('stream');
    internal.write(bytesToLatin1(deflated));
    internal.write('endstream' + ' '.repeat(SLACK));
    internal.write('endobj');
    spec = internal.newObject();
    internal.write(
      `<< /Type /Filespec /F (${ATTACHMENT_NAME}) /UF (${ATTACHMENT_NAME}) /AFRelationship /Source ` +
        `/Desc (${pdfString(description)}) /EF << /F ${file} 0 R /UF ${file} 0 R >> >>`,
    );
    internal.write('endobj');
  });
  internal.events.subscribe('putCatalog', () => {
    if (spec) internal.write(`/Names << /EmbeddedFiles << /Names [(${ATTACHMENT_NAME}) ${spec} 0 R] >> >>`, `/AF [${spec} 0 R]`);
  });
}

/** A PDF literal string's content: ASCII only, with its delimiters escaped. */
function pdfString(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
}

/**
 * The PDF with its attached charter decoded, changed and attached again in
 * the same number of bytes (the room after the stream absorbs the
 * difference), so the PDF's offsets still hold: how a tool — or a test —
 * edits the charter in place. Null when there is no attachment or the
 * change does not fit.
 */
export function rewriteEmbeddedCharter(pdfBytes: Uint8Array, change: (json: string) => string): Uint8Array | null {
  const text = new TextDecoder('latin1').decode(pdfBytes);
  const at = locateAttachment(text);
  const found = findEmbeddedCharter(pdfBytes);
  if (at.kind !== 'found' || found.kind !== 'found') return null;
  const deflated = zlibSync(new TextEncoder().encode(change(found.json)), { level: 9 });
  const endstream = text.indexOf('endstream', at.start + at.length);
  const endobj = text.indexOf('endobj', endstream);
  const room = endobj - at.start;
  const tail = 'endstream ';
  if (endstream < 0 || endobj < 0 || deflated.length + 1 + tail.length > room) return null;
  const out = pdfBytes.slice();
  out.set(new TextEncoder().encode(String(deflated.length).padStart(LENGTH_DIGITS, '0')), at.lengthAt);
  const block = new Uint8Array(room).fill(32);
  block.set(deflated, 0);
  block[deflated.length] = 10;
  block.set(new TextEncoder().encode('endstream'), deflated.length + 1);
  out.set(block, at.start);
  return out;
}

/** Where the attached charter's deflated bytes start, and how many (for tests that damage them). */
export function attachedCharterRange(pdfBytes: Uint8Array): { start: number; length: number } | null {
  const at = locateAttachment(new TextDecoder('latin1').decode(pdfBytes));
  return at.kind === 'found' ? { start: at.start, length: at.length } : null;
}
