/**
 * Rapport's browser-facing packages (`@rapport/core` subpaths and `@rapport/email`) bundled for
 * the browser and run in headless Chromium, with the same answers as on Node.
 *
 * 1. esbuild bundles `cases.ts` for `platform: 'browser'` through the `@rapport/source`
 *    condition: a `node:` import (or any Node built-in) anywhere in the graph fails the build,
 *    and so this suite.
 * 2. A `node:http` server on 127.0.0.1 serves the bundle and a small page under a strict
 *    Content-Security-Policy (no inline script, no eval), as a help-desk sidebar app would get.
 * 3. playwright-core drives the system Chromium (`/usr/bin/chromium`, installed by `.ci/run`);
 *    the page runs every case and hands back JSON.
 * 4. The same cases run here on Node; each browser result must deep-equal the Node result.
 *
 * Without Chromium the suite is skipped with a warning. `RAPPORT_CHROMIUM` overrides the path.
 */
import { build, type BuildFailure, type BuildOptions, type Metafile } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, runCases, type CaseOutcome } from './cases.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const chromiumPath = process.env['RAPPORT_CHROMIUM'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  console.warn(
    `[browser test] skipped: no Chromium at ${chromiumPath}. Install it (Debian: apt-get install chromium) ` +
      'or set RAPPORT_CHROMIUM to a Chromium binary; CI (.ci/run) installs it.',
  );
}

/** The bundle options under test: what a user's bundler does for a browser app. */
const browserBuild = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  conditions: ['@rapport/source', 'browser', 'import', 'default'],
  write: false,
  logLevel: 'silent',
  absWorkingDir: repoRoot,
} satisfies BuildOptions;

function describeBuildFailure(error: unknown): string {
  const failure = error as Partial<BuildFailure>;
  if (!Array.isArray(failure.errors)) return String(error);
  return failure.errors
    .map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}${e.notes.map((n) => `\n  ${n.text}`).join('')}`)
    .join('\n');
}

const page = (entry: string) =>
  `<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<title>Rapport browser test</title>\n<script type="module" src="${entry}"></script>\n</html>\n`;

/** The page's own script: runs the cases and leaves the results (and the runtime) on `window`. */
const mainScript = `import { runCases } from './cases.js';
window.rapport = runCases().then((results) => ({
  results,
  runtime: {
    userAgent: navigator.userAgent,
    hasProcess: typeof process !== 'undefined',
    hasBuffer: typeof Buffer !== 'undefined',
    hasTemporal: typeof Temporal !== 'undefined',
  },
}));
`;

interface PageReport {
  readonly results: Record<string, CaseOutcome>;
  readonly runtime: { readonly userAgent: string; readonly hasProcess: boolean; readonly hasBuffer: boolean; readonly hasTemporal: boolean };
}

describe.skipIf(!hasChromium)('in headless Chromium, the browser-facing packages give the same answers as on Node', () => {
  let bundle = '';
  let metafile: Metafile | undefined;
  let nodeResults: Record<string, CaseOutcome> = {};
  let browser: PageReport | undefined;
  const pageProblems: string[] = [];
  const timings: Record<string, number> = {};
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;

  beforeAll(async () => {
    let t = performance.now();
    try {
      const result = await build({ ...browserBuild, entryPoints: [join(here, 'cases.ts')], metafile: true, outfile: 'cases.js' });
      bundle = result.outputFiles[0]?.text ?? '';
      metafile = result.metafile;
    } catch (error) {
      throw new Error(`The browser bundle does not build (a Node built-in or a missing export?):\n${describeBuildFailure(error)}`);
    }
    timings['bundle'] = performance.now() - t;

    t = performance.now();
    nodeResults = await runCases();
    timings['node'] = performance.now() - t;

    t = performance.now();
    const files: Record<string, { type: string; body: string }> = {
      '/': { type: 'text/html; charset=utf-8', body: page('./main.js') },
      '/main.js': { type: 'text/javascript; charset=utf-8', body: mainScript },
      '/cases.js': { type: 'text/javascript; charset=utf-8', body: bundle },
    };
    const httpServer = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
      if (file === undefined) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': file.type,
        'cache-control': 'no-store',
        // No inline script and no eval: what a help-desk app iframe typically allows.
        'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'",
      });
      response.end(file.body);
    });
    server = httpServer;
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    const { port } = httpServer.address() as AddressInfo;

    userDataDir = await mkdtemp(join(tmpdir(), 'rapport-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    timings['launch'] = performance.now() - t;

    t = performance.now();
    const tab = context.pages()[0] ?? (await context.newPage());
    tab.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
    });
    tab.on('requestfailed', (request) => pageProblems.push(`request failed: ${request.url()}`));
    tab.on('response', (response) => {
      if (response.status() >= 400) pageProblems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => 'rapport' in window, undefined, { timeout: 20_000 });
    browser = (await tab.evaluate(() => (window as unknown as { rapport: Promise<unknown> }).rapport)) as PageReport;
    timings['browser'] = performance.now() - t;

    console.info(
      `[browser test] ${browser.runtime.userAgent} (native Temporal: ${browser.runtime.hasTemporal ? 'yes' : 'no'}); bundle ${(bundle.length / 1024).toFixed(0)} kB; ` +
        Object.entries(timings)
          .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`)
          .join(', '),
    );
  }, 60_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('bundles for the browser with no Node built-in in the graph', () => {
    const inputs = Object.keys(metafile?.inputs ?? {});
    expect(inputs.some((p) => p.startsWith('node:'))).toBe(false);
    // The graph really is Rapport's source, not prebuilt dist files of our packages.
    expect(inputs).toContain('packages/core/src/analyze/index.ts');
    expect(inputs).toContain('packages/email/src/index.ts');
    expect(inputs.filter((p) => p.startsWith('packages/') && !p.includes('/src/'))).toEqual([]);
  });

  it('fails the bundle when a module imports a Node built-in (the guard above can fail)', async () => {
    const attempt = build({
      ...browserBuild,
      stdin: { contents: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", resolveDir: repoRoot, loader: 'ts' },
    });
    await expect(attempt).rejects.toThrow(/node:fs/);
  });

  it('runs in a real browser page without Node globals, errors or failed requests', () => {
    expect(browser?.runtime.userAgent).toMatch(/HeadlessChrome\/\d+/);
    expect(browser?.runtime.hasProcess).toBe(false);
    expect(browser?.runtime.hasBuffer).toBe(false);
    expect(pageProblems).toEqual([]);
  });

  it.each(cases.map((c) => c.name))('%s', (name) => {
    const onNode = nodeResults[name];
    const inBrowser = browser?.results[name];
    expect(onNode, 'on Node').toMatchObject({ ok: true });
    expect(inBrowser, 'in Chromium').toMatchObject({ ok: true });
    expect(inBrowser).toEqual(onNode);
  });

  // The equality above is only worth something if the answers mean something: spot checks.

  const value = (name: string): any => {
    const outcome = browser?.results[name];
    return outcome?.ok ? outcome.value : undefined;
  };
  const named = (prefix: string) => {
    const found = cases.find((c) => c.name.startsWith(prefix));
    if (!found) throw new Error(`no case starts with ${prefix}`);
    return found.name;
  };

  it('reports findings with UTF-16 ranges that slice to the actual text, after emoji and astral letters', () => {
    const text = 'Hi Zoë 🙂 I just restarted the résumé-sync service on 𝒮erver-2; simply log out and back in. Obviously it works now!!';
    const findings = value(named('analyze (house plugin): UTF-16')).findings as { range: [number, number]; actual: string; ruleId: string }[];
    expect(findings.map((f) => [f.ruleId, f.actual, f.range])).toEqual(
      expect.arrayContaining([
        ['house/no-minimizers', 'just', [12, 16]],
        ['house/plain-words', 'résumé-sync', [31, 42]],
        ['house/no-minimizers', 'simply', [65, 71]],
      ]),
    );
    for (const f of findings) expect(text.slice(f.range[0], f.range[1])).toBe(f.actual);
    const scripted = value(named('analyze (house plugin): findings')).scorecard;
    expect(scripted.respect.score).toBeLessThan(1);
    expect(scripted.clarity.evidence.length).toBeGreaterThan(0);
  });

  it('adds business hours across the spring-forward weekend in New York', () => {
    const calendar = value(named('business calendar')).spring;
    // Fri 15:00 EST + 4 business hours = Mon 11:00 EDT (the offset changed on Sunday).
    expect(calendar.add4h).toBe('2026-03-09T15:00:00.000Z');
    expect(calendar.nextOpen).toBe('2026-03-09T13:00:00.000Z');
    expect(calendar.previousClose).toBe('2026-03-06T22:00:00.000Z');
  });

  it('replays the lifecycle and refuses the return to new', () => {
    const replayed = value(named('replay'));
    expect(replayed.ticket.status).toBe('resolved');
    expect(replayed.rejections.map((r: { ruleId: string }) => r.ruleId)).toEqual(['never-return-to-new']);
    expect(value(named('parseTicket')).invalid.code).toBe('INVALID_TICKET');
  });

  it('decodes the MIME message and strips the quoted history', () => {
    const email = value(named('parseEmail: quoted-printable'));
    expect(email.subject).toBe('Re: [T-1042] OneDrive sync – still failing');
    expect(email.from).toEqual({ name: 'Anaïs Dubois', address: 'anais@client.example' });
    expect(email.reply.visibleText).toBe(
      'Still failing after the restart 😞. The red cross is back on the cloud icon and the café laptop shows the same.\n\nAnaïs',
    );
    expect(value(named('parseReply')).visibleText).not.toContain('Original Message');
  });

  it('resolves "by 3 pm tomorrow" to 15:00 EDT on the day DST starts', () => {
    const commitments = value(named('analyze: "I\'ll update you')).signals.commitments as { phrase: string; due?: string }[];
    expect(commitments.map((c) => c.due)).toEqual(['2026-03-08T19:00:00.000Z']);
  });

  it('flags the scripted apology, jargon and the personal criticism with the built-in pack', () => {
    const ids = (name: string) => (value(named(name)).findings as { ruleId: string }[]).map((f) => f.ruleId);
    expect(ids('analyze: scripted apology')).toEqual(expect.arrayContaining(['no-scripted-empathy', 'no-jargon', 'no-patronizing']));
    expect(ids('analyze: a customer complaint')).toContain('personal-criticism');
    const text = 'Hi Zoë 🙂 I just restarted the résumé-sync service on 𝒮erver-2; simply log out and back in. Obviously it works now!!';
    for (const f of value(named('analyze: UTF-16 ranges')).findings as { range: [number, number]; actual: string }[]) {
      expect(text.slice(f.range[0], f.range[1])).toBe(f.actual);
    }
  });
});
