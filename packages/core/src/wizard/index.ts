// Public API of the Strategy Map Wizard: answers in, a whole first strategy out.
export { answersSchema, type WizardAnswers } from './answers.schema.ts';
export { parseAnswersText, validateAnswers } from './parse-answers.ts';
export { generateStrategy } from './generate.ts';
export { PLACEHOLDER_INITIATIVE, PLACEHOLDER_KPI } from './model-builders.ts';
export {
  suggestTemplates,
  type SuggestionAnswers,
  type TemplateFacts,
  type TemplateSuggestion,
} from './suggest-templates.ts';
