import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RapportError, isRapportError } from './errors.js';
import { parseOrThrow, formatPath } from './internal/parse.js';

describe('RapportError', () => {
  it('is recognised by name across copies, not only by instanceof', () => {
    const foreign = Object.assign(new Error('x'), { name: 'RapportError', code: 'INVALID_INPUT' });
    expect(isRapportError(foreign)).toBe(true);
    expect(isRapportError(new Error('x'))).toBe(false);
    expect(isRapportError({ name: 'RapportError' })).toBe(false);
  });

  it('parseOrThrow names the first bad path and keeps every issue', () => {
    const schema = z.object({ a: z.object({ b: z.array(z.number()) }), c: z.string() });
    let caught: unknown;
    try {
      parseOrThrow(schema, { a: { b: [1, 'x'] }, c: 3 }, 'INVALID_TICKET', 'ticket');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RapportError);
    const error = caught as RapportError;
    expect(error.code).toBe('INVALID_TICKET');
    expect(error.message).toContain('a.b[1]');
    expect(error.issues.map((i) => i.path)).toEqual([['a', 'b', 1], ['c']]);
  });

  it('formats paths for messages', () => {
    expect(formatPath(['messages', 2, 'direction'])).toBe('messages[2].direction');
    expect(formatPath([])).toBe('');
  });
});
