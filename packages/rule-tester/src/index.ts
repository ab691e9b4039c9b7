/**
 * `@rapport/rule-tester`: Valid/invalid case tester for Rapport analyzer rules and plugins.
 *
 * @packageDocumentation
 */
export {};
