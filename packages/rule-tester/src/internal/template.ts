/**
 * The tester's own reading of `{{placeholder}}` templates, kept independent of the engine's so a
 * bug in one is caught by the other.
 */

/** Renders `template` with `data` (missing values stay `{{name}}`). */
export function renderExpectedMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = template.indexOf('{{', i);
    const close = open < 0 ? -1 : template.indexOf('}}', open + 2);
    if (open < 0 || close < 0) return out + template.slice(i);
    const name = template.slice(open + 2, close).trim();
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    out += template.slice(i, open) + (value === undefined ? template.slice(open, close + 2) : String(value));
    i = close + 2;
  }
}

/** Whether `text` could be `template` rendered with some data: its literal parts appear in order. */
export function templateMatches(template: string, text: string): boolean {
  const literals: string[] = [];
  let i = 0;
  for (;;) {
    const open = template.indexOf('{{', i);
    const close = open < 0 ? -1 : template.indexOf('}}', open + 2);
    if (open < 0 || close < 0) {
      literals.push(template.slice(i));
      break;
    }
    literals.push(template.slice(i, open));
    i = close + 2;
  }
  if (literals.length === 1) return text === literals[0];
  const first = literals[0] as string;
  const last = literals[literals.length - 1] as string;
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return false;
  let pos = first.length;
  for (let k = 1; k < literals.length - 1; k++) {
    const found = text.indexOf(literals[k] as string, pos);
    if (found < 0) return false;
    pos = found + (literals[k] as string).length;
  }
  return pos <= text.length - last.length;
}
