const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * FNV-1a (64-bit) of the UTF-16 code units of `text`, as 16 hex digits. Not cryptographic: it
 * names follow-ups deterministically, it does not protect anything.
 */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash ^= BigInt(unit & 0xff);
    hash = (hash * FNV_PRIME) & MASK;
    hash ^= BigInt(unit >>> 8);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The id of a follow-up: its kind and a hash of the ticket id, the kind, the anchor and the due
 * instant. The same ticket state always gives the same id; a changed due instant gives a new one.
 * Only `[a-z0-9_]` characters, so it is a valid job id on queues that reserve `:`.
 */
export function followUpId(ticketId: string, kind: string, anchor: string, dueMs: number): string {
  return `fu_${kind}_${fnv1a64([ticketId, kind, anchor, String(dueMs)].join('\u0000'))}`;
}
