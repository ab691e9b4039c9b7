/**
 * The tester's own reading of `{{placeholder}}` templates (the same grammar as the engine's,
 * written separately so a bug in one is caught by the other): `{{ name }}` where name is an
 * identifier; anything else between braces is literal text.
 */

interface Slot {
  readonly open: number;
  readonly close: number;
  readonly name: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function slots(template: string): Slot[] {
  const out: Slot[] = [];
  let i = 0;
  for (;;) {
    const open = template.indexOf('{{', i);
    const close = open < 0 ? -1 : template.indexOf('}}', open + 2);
    if (open < 0 || close < 0) return out;
    const name = template.slice(open + 2, close).trim();
    if (IDENTIFIER.test(name)) {
      out.push({ open, close: close + 2, name });
      i = close + 2;
    } else i = open + 1;
  }
}

/** Renders `template` with `data` (missing values stay `{{name}}`). */
export function renderExpectedMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  let out = '';
  let last = 0;
  for (const slot of slots(template)) {
    const value = Object.hasOwn(data, slot.name) ? data[slot.name] : undefined;
    out += template.slice(last, slot.open) + (value === undefined ? `{{${slot.name}}}` : String(value));
    last = slot.close;
  }
  return out + template.slice(last);
}

/** Whether `text` could be `template` rendered with some data: its literal parts appear in order. */
export function templateMatches(template: string, text: string): boolean {
  const literals: string[] = [];
  let last = 0;
  for (const slot of slots(template)) {
    literals.push(template.slice(last, slot.open));
    last = slot.close;
  }
  literals.push(template.slice(last));
  if (literals.length === 1) return text === literals[0];
  const first = literals[0] as string;
  const end = literals[literals.length - 1] as string;
  if (!text.startsWith(first) || !text.endsWith(end) || text.length < first.length + end.length) return false;
  let pos = first.length;
  for (let k = 1; k < literals.length - 1; k++) {
    const found = text.indexOf(literals[k] as string, pos);
    if (found < 0) return false;
    pos = found + (literals[k] as string).length;
  }
  return pos <= text.length - end.length;
}
