/** A text the advisor's rule tables carry in both UI languages, side by side so they stay in step. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export type TextParams = Readonly<Record<string, string | number>>;

/** Fills `{{name}}` placeholders, as i18next does, so rule texts read the same in tables and tests. */
export function fillText(template: string, params: TextParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function localize(text: LocalizedText, params: TextParams): LocalizedText {
  return { 'zh-CN': fillText(text['zh-CN'], params), en: fillText(text.en, params) };
}
