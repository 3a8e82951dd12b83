import { HtmlValidate } from 'html-validate';

/**
 * The recommended preset, plus `heading-level` (not in the preset): pages
 * must keep one h1 and never skip a heading level.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'heading-level': ['error', { allowMultipleH1: false }],
  },
});

/** One line per problem ("rule-id line:column message"); empty when the document is valid. */
export async function validationErrors(document: string): Promise<string[]> {
  const report = await validator.validateString(document);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} [${m.selector ?? ''}]`));
}
