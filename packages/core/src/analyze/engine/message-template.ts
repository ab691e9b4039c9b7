/**
 * Message templates with `{{placeholder}}` slots, compiled once per rule so rendering a finding's
 * message is a join, not a scan.
 */

/** A compiled template: literal parts at even indices, placeholder names at odd indices. */
export interface MessageTemplate {
  /** The template as written. */
  readonly source: string;
  /** Alternating literal text and placeholder names, starting and ending with literal text. */
  readonly parts: readonly string[];
  /** The placeholder names, in order of first appearance. */
  readonly placeholders: readonly string[];
}

/**
 * Compiles `{{name}}` slots (spaces inside the braces are allowed: `{{ name }}`). A `{{` without
 * a closing `}}`, or with a name that is not an identifier, stays literal text. Linear scan.
 */
export function compileTemplate(source: string): MessageTemplate {
  const parts: string[] = [];
  const placeholders: string[] = [];
  let literalStart = 0;
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open < 0) break;
    const close = source.indexOf('}}', open + 2);
    if (close < 0) break;
    const name = source.slice(open + 2, close).trim();
    if (!isIdentifier(name)) {
      i = open + 1; // "{{{x}}}": retry one character later, so the inner "{{x}}" is found
      continue;
    }
    parts.push(source.slice(literalStart, open), name);
    if (!placeholders.includes(name)) placeholders.push(name);
    literalStart = close + 2;
    i = literalStart;
  }
  parts.push(source.slice(literalStart));
  return { source, parts, placeholders };
}

function isIdentifier(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (i > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return true;
}

/**
 * Renders a compiled template. A placeholder with no value is left as written (`{{name}}`) so the
 * gap is visible; the rule tester reports it as an error.
 */
export function renderTemplate(template: MessageTemplate, data: Readonly<Record<string, unknown>> | undefined): string {
  const parts = template.parts;
  if (parts.length === 1) return parts[0] as string;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = data !== undefined && Object.hasOwn(data, name) ? data[name] : undefined;
    out += value === undefined ? `{{${name}}}` : String(value);
    out += parts[i + 1] as string;
  }
  return out;
}
