import type { EmailWarning } from '../email-warning.js';

/** Deepest multipart nesting the scan follows (postal-mime's own limit is far higher; real mail stays under 10). */
const MAX_DEPTH = 16;
const KNOWN_TRANSFER_ENCODINGS = new Set(['7bit', '8bit', 'binary', 'quoted-printable', 'base64', '']);

interface RawHeader {
  readonly key: string;
  readonly value: string;
}

/**
 * A structural scan of a raw message that reports what a MIME parser silently repairs: a
 * multipart without a boundary, a boundary that never occurs or is never closed (a truncated
 * message), charsets this runtime cannot decode, unknown transfer encodings, a missing header
 * block. Lines are visited once per nesting level, and nesting is capped, so it is linear.
 */
export function scanMime(raw: string): EmailWarning[] {
  const warnings: EmailWarning[] = [];
  if (raw.trim() === '') {
    warnings.push({ code: 'EMPTY_INPUT', message: 'The message is empty.' });
    return warnings;
  }
  const lines = raw.split(/\r?\n/u);
  const firstHeader = lines[0] ?? '';
  if (!/^[\x21-\x39\x3b-\x7e]+:/u.test(firstHeader)) {
    warnings.push({ code: 'MISSING_HEADERS', message: 'The message does not start with a header block; it was read as a body without headers.' });
  }
  scanPart(lines, 0, lines.length, 0, 'message', warnings);
  return warnings;
}

function scanPart(lines: readonly string[], from: number, to: number, depth: number, where: string, warnings: EmailWarning[]): void {
  const headers: RawHeader[] = [];
  let i = from;
  for (; i < to; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line === '\r') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      const last = headers.pop() as RawHeader;
      headers.push({ key: last.key, value: `${last.value} ${line.trim()}` });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  const bodyFrom = i + 1;
  const contentType = headers.find((h) => h.key === 'content-type')?.value ?? '';
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const params = parseParams(contentType);
  const charset = params.get('charset');
  if (charset !== undefined && !isKnownCharset(charset)) {
    warnings.push({ code: 'UNKNOWN_CHARSET', message: `The ${where} declares charset "${charset}", which this runtime cannot decode; it was decoded as windows-1252.` });
  }
  const cte = (headers.find((h) => h.key === 'content-transfer-encoding')?.value ?? '').toLowerCase();
  if (!KNOWN_TRANSFER_ENCODINGS.has(cte)) {
    warnings.push({ code: 'UNKNOWN_TRANSFER_ENCODING', message: `The ${where} uses transfer encoding "${cte}"; its content was kept undecoded.` });
  }
  if (!type.startsWith('multipart/') || depth >= MAX_DEPTH) return;
  const boundary = params.get('boundary');
  if (boundary === undefined || boundary === '') {
    warnings.push({ code: 'MISSING_BOUNDARY', message: `The ${where} is ${type} but declares no boundary; its body was read as a single part.` });
    return;
  }
  const open = `--${boundary}`;
  const close = `--${boundary}--`;
  const starts: number[] = [];
  let closed = false;
  for (let j = bodyFrom; j < to; j++) {
    const line = (lines[j] ?? '').trimEnd();
    if (line === close) {
      closed = true;
      break;
    }
    if (line === open) starts.push(j);
  }
  if (starts.length === 0) {
    warnings.push({ code: 'MISSING_BOUNDARY', message: `The boundary "${boundary}" of the ${where} never occurs; its body was read as a single part.` });
    return;
  }
  if (!closed) {
    warnings.push({ code: 'TRUNCATED', message: `The ${where} (${type}) is not closed with "--${boundary}--"; the message is probably truncated, and its last part may be incomplete.` });
  }
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? (closed ? findClose(lines, s, to, close) : to);
    scanPart(lines, s + 1, end, depth + 1, `part ${k + 1} of the ${where}`, warnings);
  });
}

function findClose(lines: readonly string[], from: number, to: number, close: string): number {
  for (let j = from; j < to; j++) if ((lines[j] ?? '').trimEnd() === close) return j;
  return to;
}

/** Parameters of a structured header value, keys lower-cased, quotes removed. */
function parseParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const parts = value.split(';');
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] ?? '';
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let v = part.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1);
    if (!params.has(key)) params.set(key, v);
  }
  return params;
}

/** Whether `TextDecoder` knows the label, directly or after removing common prefixes and separators. */
export function isKnownCharset(label: string): boolean {
  const lower = label.trim().toLowerCase();
  const candidates = [lower, lower.replace(/^(?:x-|cs)/u, ''), lower.replace(/[\s._-]/gu, '')];
  const cp = /^(?:cp|ms|windows)-?(\d{3,4})$/u.exec(lower);
  if (cp) candidates.push(`windows-${cp[1] ?? ''}`);
  for (const candidate of candidates) {
    try {
      new TextDecoder(candidate);
      return true;
    } catch {
      // not this one
    }
  }
  return false;
}
