// The Locale type on its own, so that module message files can use it without importing the table.
export type Locale = 'de' | 'en';
