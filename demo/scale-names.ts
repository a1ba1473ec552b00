import type { PartnerKind } from './musterstadt-data';
import type { Random } from './random';

/** Word lists for the scale generator: plausible, fictional German names. */

export const townPrefixes = [
  'Lin',
  'Ahl',
  'Bram',
  'Eller',
  'Horn',
  'Kalt',
  'Stein',
  'Wald',
  'Rosen',
  'Eichen',
  'Birken',
  'Mühl',
  'Wester',
  'Oster',
  'Nord',
  'Hoch',
  'Roth',
  'Grün',
  'Brock',
  'Hol',
  'Werl',
  'Mett',
  'Esch',
  'Lieb',
  'Hamm',
  'Kirch',
  'Langen',
  'Breit',
  'Sand',
  'Frei',
  'Herz',
  'Sieg',
  'Alten',
  'Neuen',
  'Marien',
  'Ulm',
  'Buch',
  'Hasel',
  'Wend',
  'Ober',
];

export const townSuffixes = [
  'hausen',
  'heim',
  'berg',
  'dorf',
  'feld',
  'hagen',
  'kirchen',
  'beck',
  'büren',
  'horst',
  'scheid',
  'bach',
  'stadt',
  'rode',
  'loh',
  'ingen',
  'brück',
  'au',
  'stein',
  'hövel',
];

export const townQualifiers = [
  ' an der Ruhr',
  ' (Westf.)',
  ' am Rhein',
  ' im Sauerland',
  ' (Lippe)',
  ' an der Sieg',
];

export const centralDistricts = ['Mitte', 'Innenstadt', 'Altstadt'];

export const districtNames = [
  'Nordstadt',
  'Südstadt',
  'Weststadt',
  'Oststadt',
  'Am Bahnhof',
  'Hafen',
  'Kirchviertel',
  'Heide',
  'Feldmark',
  'Gartenstadt',
  'Bergviertel',
  'Neustadt',
  'Lindenhof',
  'Rosenhügel',
  'Am Wald',
  'Mühlenviertel',
  'Schlossviertel',
  'Auf der Höhe',
  'Bruch',
  'Kamp',
  'Eichholz',
  'Buchholz',
  'Siedlung Sonnenhang',
  'Rheinviertel',
  'Burgviertel',
  'Zechenviertel',
  'Altenhof',
  'Wiesental',
  'Kreuzviertel',
  'Dorfkern',
];

export const streets = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schulstraße',
  'Gartenstraße',
  'Lindenstraße',
  'Kirchstraße',
  'Bergstraße',
  'Waldstraße',
  'Ringstraße',
  'Mühlenweg',
  'Am Markt',
  'Rosenstraße',
  'Birkenweg',
  'Ahornweg',
  'Eichendorffstraße',
  'Goethestraße',
  'Schillerstraße',
  'Friedrichstraße',
  'Wilhelmstraße',
  'Kaiserstraße',
  'Parkstraße',
  'Feldstraße',
  'Wiesenweg',
  'Am Bach',
  'Uhlandstraße',
  'Heinrich-Heine-Straße',
  'Breite Straße',
  'Kolpingstraße',
  'Bismarckstraße',
  'Blumenstraße',
  'Jahnstraße',
  'Lessingstraße',
  'Talstraße',
  'Auf dem Kamp',
  'Im Winkel',
  'Dorfstraße',
  'Brückenstraße',
  'Mozartstraße',
  'Kastanienallee',
  'Sonnenweg',
];

export const saints = [
  'Marien',
  'Josef',
  'Johannes',
  'Michael',
  'Elisabeth',
  'Antonius',
  'Laurentius',
  'Barbara',
  'Martin',
  'Nikolaus',
  'Franziskus',
  'Bonifatius',
  'Ludgerus',
  'Liborius',
  'Hedwig',
  'Christophorus',
  'Clemens',
  'Pankratius',
  'Anna',
  'Agnes',
  'Lambertus',
  'Vitus',
  'Suitbertus',
  'Remigius',
];

export const kitaNames = [
  'Sonnenblume',
  'Regenbogen',
  'Pusteblume',
  'Kunterbunt',
  'Löwenzahn',
  'Wirbelwind',
  'Schatzkiste',
  'Spatzennest',
  'Zwergenland',
  'Sternschnuppe',
  'Marienkäfer',
  'Abenteuerland',
  'Rappelkiste',
  'Farbklecks',
  'Kleine Strolche',
  'Sonnenschein',
  'Glückskinder',
  'Traumland',
  'Wichtelhaus',
  'Baumhaus',
  'Entdeckerland',
  'Flohkiste',
  'Purzelbaum',
  'Villa Kunterbunt',
  'Lummerland',
  'Biberburg',
  'Seepferdchen',
  'Blauer Elefant',
  'Mäuseburg',
  'Sausewind',
  'Wiesenzwerge',
  'Bullerbü',
  'Nesthäkchen',
  'Kastanienhof',
  'Apfelbaum',
  'Drachennest',
  'Bärenhöhle',
  'Igelbau',
  'Schmetterling',
  'Sternenzelt',
  'Wolkenschloss',
  'Kinderinsel',
  'Lindenbaum',
  'Sonnenstrahl',
  'Waldwichtel',
  'Weltentdecker',
  'Buntstift',
];

export const protestantKitaNames = [
  'Arche Noah',
  'Senfkorn',
  'Regenbogen',
  'Kirchenmaus',
  'Samenkorn',
  'Lukas',
  'Paulus',
  'Dietrich Bonhoeffer',
  'Friedenskirche',
  'Kreuzkirche',
  'Christuskirche',
  'Lichtblick',
];

export const firstNames = [
  'Anna',
  'Sabine',
  'Julia',
  'Katharina',
  'Claudia',
  'Sandra',
  'Nicole',
  'Stefanie',
  'Laura',
  'Lena',
  'Maria',
  'Fatma',
  'Elif',
  'Agnieszka',
  'Olga',
  'Miriam',
  'Jana',
  'Petra',
  'Thomas',
  'Michael',
  'Andreas',
  'Stefan',
  'Markus',
  'Jan',
  'Tobias',
  'Mehmet',
  'Ahmet',
  'Piotr',
  'Daniel',
  'Christian',
];

export const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Braun',
  'Hofmann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Kaya',
  'Yılmaz',
  'Demir',
  'Nowak',
  'Kowalski',
  'Petersen',
  'Brinkmann',
  'Terhorst',
  'Kemper',
];

export const clubPrefixes = ['TuS', 'SV', 'TV', 'DJK', 'SC', 'Turnerschaft'];

/** Relative frequency of partner kinds in a municipality (more schools and practices than Jobcenters). */
export const partnerKindWeights: readonly (readonly [PartnerKind, number])[] = [
  ['counselling', 6],
  ['family_education', 4],
  ['childminding', 5],
  ['youth_office_service', 5],
  ['health_office', 2],
  ['paediatrician', 10],
  ['midwife', 8],
  ['early_help', 5],
  ['primary_school', 12],
  ['jobcenter', 2],
  ['municipal_office', 4],
  ['migration', 6],
  ['sports_club', 10],
  ['music_club', 5],
  ['library', 4],
  ['self_help', 5],
  ['parish', 9],
];

export interface NameContext {
  city: string;
  district: string;
  street: string;
  random: Random;
}

/**
 * Who runs a partner: the municipality, any welfare Träger, one of the listed church-related Träger
 * (the first is created if the municipality has none), or its own legal entity (practice, club).
 */
export type ChurchFamily = 'ev' | 'diakonie' | 'kath' | 'caritas';
export type PartnerOwner = 'city' | 'welfare' | 'own' | readonly [ChurchFamily, ...ChurchFamily[]];
const protestant = ['diakonie', 'ev'] as const;
const catholic = ['caritas', 'kath'] as const;

export interface PartnerTemplate {
  owner: PartnerOwner;
  name(ctx: NameContext): string;
  /** For owner 'own': the name of the entity that runs it. */
  providerName?(ctx: NameContext, partnerName: string): string;
}

const person = (r: Random): string => `${r.pick(firstNames)} ${r.pick(lastNames)}`;
const year = (r: Random): number => r.int(1860, 1975);

export const partnerTemplates: Record<PartnerKind, PartnerTemplate[]> = {
  counselling: [
    { owner: 'city', name: (c) => `Erziehungsberatungsstelle ${c.city}` },
    { owner: 'welfare', name: (c) => `Beratungsstelle für Eltern, Kinder und Jugendliche ${c.district}` },
    {
      owner: protestant,
      name: (c) => `Ev. Beratungsstelle für Erziehungs-, Paar- und Lebensfragen ${c.city}`,
    },
    { owner: 'welfare', name: (c) => `Schwangerschafts- und Familienberatung ${c.district}` },
  ],
  family_education: [
    { owner: protestant, name: (c) => `Ev. Familienbildungsstätte ${c.city}` },
    { owner: 'welfare', name: (c) => `Familienbildungswerk ${c.district}` },
    { owner: catholic, name: (c) => `Kath. Bildungsforum ${c.city} – Familienbildung` },
  ],
  childminding: [
    { owner: 'city', name: (c) => `Fachdienst Kindertagespflege ${c.city}` },
    { owner: 'welfare', name: (c) => `Tagespflegebörse ${c.district}` },
    {
      owner: 'own',
      name: (c) => `Großtagespflege ${c.random.pick(kitaNames)} ${c.district}`,
      providerName: (c) => `Großtagespflege ${c.random.pick(lastNames)} & ${c.random.pick(lastNames)} GbR`,
    },
  ],
  youth_office_service: [
    { owner: 'city', name: (c) => `Allgemeiner Sozialer Dienst ${c.city} – Bezirk ${c.district}` },
    { owner: 'city', name: (c) => `Jugendamt ${c.city} – Beistandschaften und Unterhalt` },
    { owner: 'city', name: (c) => `Jugendtreff ${c.district}` },
  ],
  health_office: [
    { owner: 'city', name: (c) => `Gesundheitsamt ${c.city} – Kinder- und Jugendgesundheitsdienst` },
    { owner: 'city', name: (c) => `Gesundheitsamt ${c.city} – Zahnärztlicher Dienst` },
  ],
  paediatrician: [
    {
      owner: 'own',
      name: (c) => `Kinderarztpraxis Dr. ${c.random.pick(lastNames)}`,
      providerName: (c, partner) =>
        `Dr. med. ${c.random.pick(firstNames)} ${partner.replace('Kinderarztpraxis Dr. ', '')}`,
    },
    {
      owner: 'own',
      name: (c) => `Kinder- und Jugendarztpraxis ${c.district}`,
      providerName: (c) =>
        `Dr. ${c.random.pick(lastNames)} & Dr. ${c.random.pick(lastNames)} Kinderärzte GbR`,
    },
  ],
  midwife: [
    {
      owner: 'own',
      name: (c) => `Hebammenpraxis ${c.district}`,
      providerName: (c) => `Hebammengemeinschaft ${c.district} GbR`,
    },
    {
      owner: 'own',
      name: (c) => `Hebamme ${person(c.random)}`,
      providerName: (_c, partner) => `${partner.replace('Hebamme ', '')}, freiberufliche Hebamme`,
    },
  ],
  early_help: [
    { owner: 'city', name: (c) => `Frühe Hilfen ${c.city} – Koordinierungsstelle` },
    { owner: 'welfare', name: (c) => `Familienpatenschaften ${c.district}` },
    { owner: 'welfare', name: (c) => `Willkommensbesuche für Neugeborene ${c.city}` },
  ],
  primary_school: [
    { owner: 'city', name: (c) => `Grundschule ${c.district}` },
    {
      owner: 'city',
      name: (c) => `${c.random.pick(['Linden', 'Eichen', 'Sonnen', 'Wald', 'Wiesen', 'Berg'])}schule`,
    },
    { owner: 'city', name: (c) => `Kath. Grundschule St. ${c.random.pick(saints)}` },
    { owner: 'city', name: (c) => `Gemeinschaftsgrundschule ${c.street}` },
  ],
  jobcenter: [
    { owner: 'city', name: (c) => `Jobcenter ${c.city}` },
    { owner: 'city', name: (c) => `Jobcenter ${c.city} – Standort ${c.district}` },
  ],
  municipal_office: [
    { owner: 'city', name: (c) => `Bürgerbüro ${c.district}` },
    { owner: 'city', name: (c) => `Familienbüro ${c.city}` },
    { owner: 'city', name: (c) => `Stadtteilbüro ${c.district}` },
  ],
  migration: [
    { owner: 'city', name: (c) => `Kommunales Integrationszentrum ${c.city}` },
    { owner: 'welfare', name: (c) => `Migrationsberatung für Erwachsene ${c.district}` },
    { owner: 'welfare', name: (c) => `Jugendmigrationsdienst ${c.city}` },
    { owner: 'welfare', name: (c) => `Integrationsagentur ${c.district}` },
  ],
  sports_club: [
    {
      owner: 'own',
      name: (c) =>
        `${c.random.pick(clubPrefixes)} ${c.district} – ${c.random.pick(['Eltern-Kind-Turnen', 'Kinderturnen', 'Babyschwimmen', 'Bewegungsgruppe'])}`,
      providerName: (c, partner) => `${partner.split(' – ')[0] ?? partner} ${year(c.random)} e.V.`,
    },
  ],
  music_club: [
    { owner: 'city', name: (c) => `Musikschule ${c.city}` },
    {
      owner: 'own',
      name: (c) => `Musikverein ${c.district} – Musikalische Früherziehung`,
      providerName: (c) => `Musikverein ${c.district} ${year(c.random)} e.V.`,
    },
    {
      owner: 'own',
      name: (c) => `Kinderchor ${c.district}`,
      providerName: (c) => `Chorgemeinschaft ${c.district} e.V.`,
    },
  ],
  library: [
    { owner: 'city', name: (c) => `Stadtbibliothek ${c.city}` },
    { owner: 'city', name: (c) => `Stadtteilbibliothek ${c.district}` },
    { owner: ['kath'], name: (c) => `Kath. öffentliche Bücherei St. ${c.random.pick(saints)}` },
  ],
  self_help: [
    { owner: 'welfare', name: (c) => `Selbsthilfe-Kontaktstelle ${c.city}` },
    { owner: 'welfare', name: (c) => `Selbsthilfegruppe Alleinerziehende ${c.district}` },
    {
      owner: 'welfare',
      name: (c) =>
        `Elternkreis ${c.random.pick(['Frühchen', 'Mehrlinge', 'Regenbogenfamilien', 'ADHS'])} ${c.city}`,
    },
  ],
  parish: [
    { owner: ['ev'], name: (c) => `Ev. Gemeindezentrum ${c.district}` },
    { owner: ['kath'], name: (c) => `Kath. Pfarrheim St. ${c.random.pick(saints)}` },
    {
      owner: 'own',
      name: (c) => `Moscheegemeinde ${c.district} – Familienarbeit`,
      providerName: (c) => `Islamische Gemeinde ${c.city}-${c.district} e.V.`,
    },
  ],
};

export const partnerDescriptions: Record<PartnerKind, string> = {
  counselling: 'Beratung für Eltern, Kinder und Jugendliche; offene Sprechstunden in Familienzentren.',
  family_education: 'Elternkurse, Eltern-Kind-Gruppen und Angebote rund um Geburt und frühe Kindheit.',
  childminding: 'Vermittlung und Beratung in der Kindertagespflege.',
  youth_office_service: 'Dienst des Jugendamts für Familien im Stadtteil.',
  health_office: 'Öffentlicher Gesundheitsdienst für Kinder und Familien.',
  paediatrician: 'Kinder- und Jugendmedizin, Vorsorgeuntersuchungen.',
  midwife: 'Schwangerenvorsorge, Wochenbettbetreuung und Kurse.',
  early_help: 'Frühe Hilfen für Familien mit Kindern bis drei Jahre.',
  primary_school: 'Grundschule mit offenem Ganztag.',
  jobcenter: 'Grundsicherung, Beratung zu Arbeit und Vereinbarkeit.',
  municipal_office: 'Anlaufstelle der Verwaltung für Familien.',
  migration: 'Beratung und Begleitung zugewanderter Familien.',
  sports_club: 'Bewegungsangebote für Kinder und Familien.',
  music_club: 'Musikalische Angebote für Kinder ab dem Kleinkindalter.',
  library: 'Medien für Familien, Vorlesestunden und Kita-Besuche.',
  self_help: 'Austausch und gegenseitige Unterstützung von Eltern.',
  parish: 'Gemeinde mit Räumen und Gruppen für Familien.',
};

/** "Mühlheim an der Ruhr" → "muehlheim-an-der-ruhr", for .example addresses. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
}
