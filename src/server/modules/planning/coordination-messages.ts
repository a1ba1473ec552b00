import type { Locale } from '../../http/i18n-types';

/** Error texts of planning: coordination (tasks, proposals, district messages), merged into the module's messages. */
export const coordinationMessages = {
  'planning.tasks.validation.district': {
    de: 'Dieser Sozialraum gehört nicht zur Kommune der Aufgabe.',
    en: 'This district does not belong to the task’s municipality.',
  },
  'planning.tasks.validation.organization': {
    de: 'Diese Organisation gehört nicht zur Kommune der Aufgabe.',
    en: 'This organisation does not belong to the task’s municipality.',
  },
  'planning.tasks.validation.owner': {
    de: 'Zuständig kann nur jemand aus dem Jugendamt dieser Kommune sein.',
    en: 'Only a member of this municipality’s Jugendamt can own the task.',
  },
  'planning.proposals.validation.centre': {
    de: 'Bitte ein Familienzentrum dieser Kommune wählen.',
    en: 'Please choose a family centre of this municipality.',
  },
  'planning.proposals.validation.partner': {
    de: 'Bitte eine Partnerorganisation wählen.',
    en: 'Please choose a partner organisation.',
  },
  'planning.proposals.validation.model': {
    de: 'Dieses Kooperationsmodell gibt es in dieser Kommune nicht.',
    en: 'This cooperation model is not available in this municipality.',
  },
  'planning.proposals.validation.task': {
    de: 'Diese Aufgabe gehört nicht zur Kommune.',
    en: 'This task does not belong to the municipality.',
  },
  'planning.proposals.error.closed': {
    de: 'Der Vorschlag ist schon beantwortet oder zurückgezogen.',
    en: 'The proposal has already been answered or withdrawn.',
  },
  'planning.proposals.mail.made.subject': {
    de: 'Vorschlag des Jugendamts: {{model}} – {{centre}} und {{partner}}',
    en: 'Proposal of the Jugendamt: {{model}} – {{centre}} and {{partner}}',
  },
  'planning.proposals.mail.made.text': {
    de: 'Guten Tag,\n\n{{proposer}} schlägt eine Zusammenarbeit von {{centre}} und {{partner}} vor: „{{model}}“.\n\n{{message}}\n\nBitte nehmen Sie den Vorschlag in Familiennetz an oder lehnen Sie ihn ab: {{link}}',
    en: 'Hello,\n\n{{proposer}} proposes a cooperation of {{centre}} and {{partner}}: "{{model}}".\n\n{{message}}\n\nPlease accept or decline the proposal in Familiennetz: {{link}}',
  },
  'planning.proposals.mail.accepted.subject': {
    de: 'Vorschlag angenommen: {{model}} – {{centre}} und {{partner}}',
    en: 'Proposal accepted: {{model}} – {{centre}} and {{partner}}',
  },
  'planning.proposals.mail.accepted.text': {
    de: 'Guten Tag,\n\n{{side}} hat den Vorschlag „{{model}}“ für {{centre}} und {{partner}} angenommen.\n\n{{link}}',
    en: 'Hello,\n\n{{side}} accepted the proposal "{{model}}" for {{centre}} and {{partner}}.\n\n{{link}}',
  },
  'planning.proposals.mail.declined.subject': {
    de: 'Vorschlag abgelehnt: {{model}} – {{centre}} und {{partner}}',
    en: 'Proposal declined: {{model}} – {{centre}} and {{partner}}',
  },
  'planning.proposals.mail.declined.text': {
    de: 'Guten Tag,\n\n{{side}} hat den Vorschlag „{{model}}“ für {{centre}} und {{partner}} abgelehnt.\n\n{{link}}',
    en: 'Hello,\n\n{{side}} declined the proposal "{{model}}" for {{centre}} and {{partner}}.\n\n{{link}}',
  },
  'planning.messages.validation.district': {
    de: 'Dieser Sozialraum gehört nicht zur Kommune.',
    en: 'This district does not belong to the municipality.',
  },
  'planning.messages.validation.noCentres': {
    de: 'In diesem Sozialraum gibt es kein Familienzentrum, an das die Nachricht gehen könnte.',
    en: 'There is no family centre in this district to send the message to.',
  },
  'planning.messages.mail.subject': {
    de: '{{subject}}',
    en: '{{subject}}',
  },
  'planning.messages.mail.text': {
    de: 'An die Leitungen der Familienzentren im Sozialraum {{district}} ({{municipality}}):\n\n{{body}}\n\n— Ihr Jugendamt, über Familiennetz',
    en: 'To the leads of the family centres in the district {{district}} ({{municipality}}):\n\n{{body}}\n\n— Your Jugendamt, via Familiennetz',
  },
} as const satisfies Record<string, Record<Locale, string>>;
