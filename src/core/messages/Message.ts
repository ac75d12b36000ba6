/** A message of a catalogue: a sentence, or its plural forms chosen by `{count}` (CLDR categories; `other` is required). */
export type Message = string | ({ readonly other: string } & { readonly [Form in Intl.LDMLPluralRule]?: string });
