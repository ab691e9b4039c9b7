/**
 * Why a message could only be read best-effort.
 *
 * - `EMPTY_INPUT`: nothing to parse.
 * - `MISSING_HEADERS`: no header block; the input was read as a bare body.
 * - `MISSING_BOUNDARY`: a multipart part has no boundary, or its boundary never occurs.
 * - `TRUNCATED`: a multipart part is never closed (the message was cut off).
 * - `UNKNOWN_CHARSET`: a charset this runtime's `TextDecoder` cannot decode (windows-1252 was used).
 * - `UNKNOWN_TRANSFER_ENCODING`: a `Content-Transfer-Encoding` other than 7bit, 8bit, binary, quoted-printable, base64.
 * - `INVALID_DATE`: the `Date` header does not parse.
 * - `MISSING_MESSAGE_ID`: no `Message-ID`; threading falls back to subject and participants.
 * - `NO_BODY`: neither a text nor an HTML body was found.
 * - `PARSER_FAILED`: the MIME parser rejected the message; headers and body were recovered by a simple split.
 *
 * @since 0.1.0
 */
export type EmailWarningCode =
  | 'EMPTY_INPUT'
  | 'MISSING_HEADERS'
  | 'MISSING_BOUNDARY'
  | 'TRUNCATED'
  | 'UNKNOWN_CHARSET'
  | 'UNKNOWN_TRANSFER_ENCODING'
  | 'INVALID_DATE'
  | 'MISSING_MESSAGE_ID'
  | 'NO_BODY'
  | 'PARSER_FAILED';

/**
 * One problem met while parsing a message. Parsing never throws on bad input; it returns what it
 * could read plus these warnings.
 *
 * @since 0.1.0
 */
export interface EmailWarning {
  /** What kind of problem it is. */
  readonly code: EmailWarningCode;
  /** A sentence saying what was wrong and what the parser did about it. */
  readonly message: string;
}
