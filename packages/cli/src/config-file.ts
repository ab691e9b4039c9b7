import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { glob } from 'tinyglobby';
import { createAnalyzer, definePlugin, loadDataRules, type Analyzer, type DataRuleDefinition, type AnalyzerConfig, type Plugin, type RuleSetting } from '@rapport/core/analyze';
import { UsageError } from './usage-error.js';

/** Names looked for in the working directory when no `--config` is given, in this order. */
export const CONFIG_FILE_NAMES = ['rapport.config.json', '.rapportrc.json', '.rapportrc.yaml', '.rapportrc.yml'] as const;

/** A configuration file as written: the core configuration plus what only files can name. */
interface ConfigFile {
  extends?: string[];
  rules?: Record<string, unknown>;
  /** Module specifiers (package names or paths relative to the file) whose default export is a plugin. */
  plugins?: string[];
  /** Data rules by namespace: `{ "team": ["style/*.yml"] }` makes rules `team/<id>`. */
  dataRules?: Record<string, string[]>;
}

/** The configuration the commands use: where it came from and the compiled analyzer. */
export interface LoadedConfig {
  /** The file read, or undefined for the default configuration. */
  readonly file: string | undefined;
  /** The core configuration built from the file. */
  readonly config: AnalyzerConfig;
  /** The analyzer compiled once from it. */
  readonly analyzer: Analyzer;
}

async function readStructured(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  try {
    return path.endsWith('.yaml') || path.endsWith('.yml') ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
}

function asStringList(value: unknown, what: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new UsageError(`${file}: "${what}" must be a list of strings`);
  return value as string[];
}

/**
 * Finds and reads the configuration (explicit path, or a conventional file in `cwd`, or the
 * default `recommended` preset), loads plugins and data rules it names, and compiles the
 * analyzer. File problems are usage errors; rule problems are the core's `RapportError`s.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const file =
    explicit !== undefined ? resolve(cwd, explicit) : CONFIG_FILE_NAMES.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
  if (explicit !== undefined && file !== undefined && !existsSync(file)) throw new UsageError(`no config file at ${explicit}`);
  if (file === undefined) return { file: undefined, config: {}, analyzer: createAnalyzer() };

  const raw = await readStructured(file);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${file}: expected an object`);
  const data = raw as ConfigFile & Record<string, unknown>;
  const known = new Set(['extends', 'rules', 'plugins', 'dataRules']);
  const unknownKeys = Object.keys(data).filter((k) => !known.has(k));
  if (unknownKeys.length > 0) throw new UsageError(`${file}: unknown key(s) ${unknownKeys.join(', ')}; expected ${[...known].join(', ')}`);
  const base = dirname(file);

  const plugins: Plugin[] = [];
  for (const specifier of asStringList(data.plugins, 'plugins', file)) {
    const target = specifier.startsWith('.') || specifier.startsWith('/') ? pathToFileURL(resolve(base, specifier)).href : specifier;
    let module: { default?: unknown };
    try {
      module = (await import(target)) as { default?: unknown };
    } catch (error) {
      throw new UsageError(`${file}: cannot load plugin ${specifier}: ${(error as Error).message}`);
    }
    plugins.push(module.default as Plugin);
  }

  const dataRuleSettings: Record<string, RuleSetting> = {};
  if (data.dataRules !== undefined) {
    if (typeof data.dataRules !== 'object' || data.dataRules === null || Array.isArray(data.dataRules)) {
      throw new UsageError(`${file}: "dataRules" maps a namespace to a list of globs, e.g. { "team": ["style/*.yml"] }`);
    }
    for (const [namespace, patterns] of Object.entries(data.dataRules)) {
      const files = await glob(asStringList(patterns, `dataRules.${namespace}`, file), { cwd: base, onlyFiles: true, absolute: true });
      if (files.length === 0) throw new UsageError(`${file}: dataRules.${namespace} matches no files`);
      const definitions: Record<string, DataRuleDefinition> = {};
      for (const ruleFile of files.sort()) {
        for (const [id, definition] of dataRuleEntries(await readStructured(ruleFile), ruleFile)) {
          if (Object.hasOwn(definitions, id)) throw new UsageError(`${ruleFile}: data rule "${id}" is defined twice in ${namespace}`);
          definitions[id] = definition;
        }
      }
      const plugin = definePlugin({ namespace, rules: loadDataRules(definitions) });
      // Data rules named in the configuration file run at their own level unless `rules` says otherwise.
      for (const [ruleId, rule] of Object.entries(plugin.rules)) dataRuleSettings[ruleId] = rule.meta.defaultSeverity ?? 'warning';
      plugins.push(plugin);
    }
  }

  const config: AnalyzerConfig = {
    ...(data.extends === undefined ? {} : { extends: asStringList(data.extends, 'extends', file) }),
    ...(plugins.length === 0 ? {} : { plugins }),
    ...(data.rules === undefined && Object.keys(dataRuleSettings).length === 0
      ? {}
      : { rules: { ...dataRuleSettings, ...(data.rules as NonNullable<AnalyzerConfig['rules']> | undefined) } }),
  };
  return { file, config, analyzer: createAnalyzer(config) };
}

/**
 * The data rules in one file, by id: a single rule (`extends: ...`; its id defaults to the file
 * name, as in Vale), a list of rules with ids, or an object of rules keyed by id.
 */
function dataRuleEntries(parsed: unknown, ruleFile: string): [string, DataRuleDefinition][] {
  const fileId = basename(ruleFile).replace(/\.(ya?ml|json)$/i, '');
  if (Array.isArray(parsed)) {
    return parsed.map((definition, i) => {
      const id = typeof definition === 'object' && definition !== null ? (definition as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') throw new UsageError(`${ruleFile}: rule ${i} in the list needs an "id"`);
      return [id, definition as DataRuleDefinition];
    });
  }
  if (typeof parsed !== 'object' || parsed === null) throw new UsageError(`${ruleFile}: expected a data rule, a list of rules or an object of rules`);
  if ('extends' in parsed) {
    const id = (parsed as { id?: unknown }).id;
    return [[typeof id === 'string' ? id : fileId, parsed as DataRuleDefinition]];
  }
  return Object.entries(parsed as Record<string, DataRuleDefinition>);
}
