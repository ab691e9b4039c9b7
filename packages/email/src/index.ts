/**
 * `@rapport/email`: Inbound email for Rapport: MIME parsing, HTML to text, reply and signature stripping, threading.
 *
 * @packageDocumentation
 */
export {};
