/*
 * The one Drizzle schema, a file per aggregate. Migrations in `drizzle/` are generated from this
 * index (`npm run db:generate`); the rest of the server imports the tables from here.
 */
export * from './accounts';
export * from './organisations';
export * from './people';
export * from './series';
export * from './invitations';
export * from './jobs';
export * from './events';
export * from './participantLinks';
export * from './joinCodes';
export * from './agenda';
export * from './activityFormats';
export * from './meetingRun';
export * from './capture';
export * from './answers';
export * from './audit';
export * from './funds';
export * from './budget';
export * from './preparation';
export * from './regionPlans';
export * from './socialMap';
export * from './signups';
