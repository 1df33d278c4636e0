/**
 * A text, or a list or record of texts, in both languages side by side, so a translator reviews one
 * file and a missing language is a type error (and an empty one fails `content.test.ts`).
 * Short interface words stay in the message catalogue; this is for long texts that belong together.
 */
export type Localised<T = string> = { nl: T; en: T };

/** How long an agenda part takes, in minutes, as the source gives it. */
export type Minutes = { exactly: number } | { from: number; to: number } | { atMost: number };
