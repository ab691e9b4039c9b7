/**
 * `@rapport/rule-tester`: valid/invalid case tester for Rapport analyzer rules and plugins, in
 * the spirit of ESLint's RuleTester.
 *
 * @packageDocumentation
 * @module @rapport/rule-tester
 */
export { RuleTester, RuleTesterError } from './rule-tester.js';
export type {
  CaseOptions,
  ExpectedError,
  ExpectedSuggestion,
  InvalidCase,
  RuleTestCases,
  RuleTesterOptions,
  SuiteFunction,
  TestFunction,
  ValidCase,
} from './rule-tester.js';
