import { mainTextsEn } from './main-texts';

/**
 * Refusals: why a link, a command line or a dial from outside the window was not acted on, as a
 * code from the catalogue's `refusal` section plus its parameters. Main and the dial rules return
 * them; the page shows `main.refusal.<code>` in the user's language; logs and unit tests read
 * the English (`reason`), which is the catalogue's own English text.
 */

export type RefusalCode = keyof typeof mainTextsEn.refusal;

/** Placeholder values: untrusted text in them is already escaped by the refusing site. */
export type RefusalParams = Readonly<Record<string, string | number>>;

export interface Refusal {
  readonly code: RefusalCode;
  readonly params?: RefusalParams;
  /**
   * The refusal this one reports ("Ignored --dial "x": <cause>"): translated first and passed as
   * the `{reason}` parameter, so each language builds the whole sentence itself.
   */
  readonly cause?: Refusal;
}

/** What a refusing site returns: the code for the page, the English for logs and tests. */
export interface Refused {
  readonly ok: false;
  readonly refusal: Refusal;
  readonly reason: string;
}

export const REFUSAL_CODES: readonly RefusalCode[] = Object.keys(
  mainTextsEn.refusal,
) as RefusalCode[];

export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && Object.hasOwn(mainTextsEn.refusal, value);
}

/** `{ ok: false, refusal, reason }` in one line at each refusing site. */
export function refused(code: RefusalCode, params?: RefusalParams, cause?: Refusal): Refused {
  const refusal: Refusal = { code, ...(params && { params }), ...(cause && { cause }) };
  return { ok: false, refusal, reason: refusalInEnglish(refusal) };
}

/** The refusal in English, for logs (the page translates the code itself). */
export function refusalInEnglish(refusal: Refusal): string {
  return formatRefusal(mainTextsEn.refusal[refusal.code], refusal, refusalInEnglish);
}

/**
 * Fills a refusal's template: `{name}` from its params, `{reason}` from its cause rendered by
 * `render` (the caller's language), `{'x'}` as the literal x. This is the part of vue-i18n's
 * message syntax the refusal texts use (no plurals, no linked messages); the translator's test
 * holds it to vue-i18n's own output for every code.
 */
export function formatRefusal(
  template: string,
  refusal: Refusal,
  render: (cause: Refusal) => string,
): string {
  return fillTemplate(template, refusalValues(refusal, render));
}

/** `{name}` from `values`, `{'x'}` as the literal x: the vue-i18n syntax main's plain texts use. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(?:'([^']*)'|(\w+))\}/g, (_match, literal?: string, name?: string) =>
    literal !== undefined
      ? literal
      : String(name && Object.hasOwn(values, name) ? values[name] : ''),
  );
}

/** The named values of a refusal's template, its cause (if any) rendered as `reason`. */
export function refusalValues(
  refusal: Refusal,
  render: (cause: Refusal) => string,
): Record<string, string | number> {
  return { ...refusal.params, ...(refusal.cause && { reason: render(refusal.cause) }) };
}
