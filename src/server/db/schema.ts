// Every module's tables, for Drizzle and drizzle-kit. Modules import their own schema directly.
export * from '../modules/accounts/schema';
export * from '../modules/agreements/schema';
export * from '../modules/audit/schema';
export * from '../modules/cooperations/schema';
export * from '../modules/directory/schema';
export * from '../modules/offerings/schema';
export * from '../modules/outbox/schema';
export * from '../modules/planning/schema';
export * from '../modules/rooms/schema';
export * from '../modules/seal/schema';
