/** Texts of the quality seal: badges (de is the source, en has the same keys). */
export const messagesDe = {
  sealBadges: {
    heading: 'Gütesiegel',
    intro: 'Dieser Eintrag zählt als Nachweis für folgende Kriterien des Gütesiegels:',
    counts: 'zählt derzeit',
    notNow: 'zählt derzeit nicht',
    label: '{{code}} {{title}}: {{state}}',
    toCheck: 'Zum Selbstcheck',
  },
};

export const messagesEn: typeof messagesDe = {
  sealBadges: {
    heading: 'Quality seal',
    intro: 'This record counts as evidence for these criteria of the quality seal:',
    counts: 'counts now',
    notNow: 'does not count now',
    label: '{{code}} {{title}}: {{state}}',
    toCheck: 'To the self-check',
  },
};
