// The accounts module's policy (decision 013), by subject.
export * from './invitations';
export * from './me';
export * from './organizations';
export * from './self-service';
