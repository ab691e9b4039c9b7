/**
 * Word lists the reply parser matches against, all lower case. They were compiled for this
 * package from the attribution lines, header blocks and device footers that common mail clients
 * write (Gmail, Apple Mail, Outlook desktop, web and mobile, Thunderbird, Yahoo, Zoho, mobile
 * carriers) in the languages our users write in. Lists, not patterns: every lookup is a `Set`
 * membership test or a `startsWith`, so none of them can backtrack.
 */

/** Verbs that end (or sit inside) an attribution line: "On <date>, <name> wrote:". */
export const WROTE_VERBS: readonly string[] = [
  'wrote', 'writes', 'has written', 'a écrit', 'a ecrit', 'écrit', 'schrieb', 'hat geschrieben',
  'geschrieben', 'escribió', 'escribio', 'ha escrito', 'escreveu', 'ha scritto', 'scrisse',
  'schreef', 'heeft geschreven', 'skrev', 'skrev følgende', 'kirjoitti', 'napisał', 'napisał(a)',
  'napisała', 'napisal', 'pisze', 'schreibt', 'escribe', 'scrive', 'napsal', 'napsala', 'написал', 'написала', 'написал(а)', 'пише',
  'έγραψε', 'yazdı', 'írta', 'a scris', 'rašė', 'kirjutas', 'rakstīja', 'je napisal', 'je napisao',
  'je napisala', 'написа', '写道', '寫道', 'が書きました', 'のメッセージ', '작성',
];

/** First words that open an attribution line in many languages ("On", "Le", "Am", ...). */
export const OPENER_WORDS: ReadonlySet<string> = new Set([
  'on', 'le', 'am', 'el', 'em', 'il', 'in', 'op', 'w', 'dnia', 'den', 'på', 'dne', 'στις', 'в',
  'pada', 'vào', '在', 'el día', 'den.', 'op.', 'the',
]);

/** Header keys that name the sender in a quoted header block (Outlook and friends). */
export const FROM_KEYS: ReadonlySet<string> = new Set([
  'from', 'de', 'von', 'van', 'da', 'od', 'fra', 'från', 'lähettäjä', 'feladó', 'от', 'kimden',
  'frá', 'від', 'mittente', 'remitente', 'afzender', 'avsändare', 'sender', 'absender', 'expéditeur',
  '発信者', '差出人', '发件人', '寄件者', '보낸 사람', 'nadawca', 'odesílatel',
]);

/** Other header keys of a quoted header block: date, recipients, subject. */
export const HEADER_KEYS: ReadonlySet<string> = new Set([
  'sent', 'date', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'envoyé', 'envoyé le', 'envoye',
  'à', 'a', 'objet', 'copie à', 'gesendet', 'datum', 'an', 'betreff', 'kopie', 'verzonden', 'aan',
  'onderwerp', 'inviato', 'data', 'oggetto', 'enviado', 'enviado el', 'fecha', 'para', 'asunto',
  'assunto', 'wysłano', 'wysłane', 'do', 'temat', 'dato', 'til', 'emne', 'sendt', 'skickat', 'till',
  'ämne', 'lähetetty', 'vastaanottaja', 'aihe', 'päivämäärä', 'отправлено', 'кому', 'тема', 'дата',
  'elküldve', 'címzett', 'tárgy', 'dátum', 'gönderildi', 'tarih', 'kime', 'konu', 'odesláno',
  'komu', 'předmět', '发送时间', '收件人', '主题', '日期', '送信日時', '宛先', '件名', '보낸 날짜',
  '받는 사람', '제목', 'cc/bcc', 'kopia', 'kopio',
]);

/** Words that mark a dashed separator title or a header as a forward rather than a reply. */
export const FORWARD_WORDS: readonly string[] = [
  'forward', 'fwd', 'weitergeleitet', 'transféré', 'transfere', 'reenviado', 'reenvío', 'inoltrato',
  'doorgestuurd', 'videresendt', 'vidarebefordrat', 'przekazana', 'пересылаемое', 'välitetty',
  'továbbított', 'encaminhada', 'iletilen',
];

/** Prefixes of one-line device or app footers ("Sent from my iPhone"). */
export const DEVICE_FOOTER_PREFIXES: readonly string[] = [
  'sent from ', 'sent with ', 'sent via ', 'sent using ', 'get outlook for ', 'envoyé de mon ',
  'envoyé depuis ', 'envoyé à partir de ', 'envoyé avec ', 'von meinem ', 'gesendet von ',
  'gesendet mit ', 'enviado desde ', 'enviado do meu ', 'enviado de meu ', 'enviado con ',
  'inviato da ', 'inviato dal ', 'verzonden vanaf ', 'verstuurd vanaf ', 'verzonden met ',
  'skickat från ', 'sendt fra ', 'lähetetty ', 'wysłane z ', 'wysłano z ', 'отправлено с ',
  'надіслано з ', 'odesláno z ', 'iphone\'umdan gönderildi',
];

/** Sign-off lines ("Regards,") that may open a signature block; compared without trailing punctuation. */
export const VALEDICTIONS: ReadonlySet<string> = new Set([
  'regards', 'best regards', 'kind regards', 'warm regards', 'warmest regards', 'many regards',
  'with regards', 'with kind regards', 'best wishes', 'all the best', 'best', 'cheers', 'thanks',
  'many thanks', 'thanks again', 'thank you', 'thanks in advance', 'sincerely', 'yours sincerely',
  'yours truly', 'yours faithfully', 'respectfully', 'cordially', 'cordialement',
  'bien cordialement', 'bien à vous', 'salutations', 'meilleures salutations', 'mit freundlichen grüßen',
  'mit freundlichen grüssen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße',
  'grüße', 'gruß', 'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'cordiali saluti',
  'distinti saluti', 'saluti', 'un saluto', 'met vriendelijke groet', 'vriendelijke groeten',
  'groeten', 'groet', 'pozdrawiam', 'z poważaniem', 'с уважением', 'atenciosamente', 'abraços',
  'med vänliga hälsningar', 'vänliga hälsningar', 'med venlig hilsen', 'venlig hilsen',
  'vennlig hilsen', 'med vennlig hilsen', 'ystävällisin terveisin', 'terveisin', 'üdvözlettel',
  'saygılarımla', 's pozdravem', 'cumprimentos',
]);
