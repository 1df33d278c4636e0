import { config } from '../config';
import { openDatabase, type Database } from './client';

let opened: Promise<Database> | null = null;

/** The app's one database, opened on first use (never at build time). */
export function database(): Promise<Database> {
	opened ??= openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
	return opened;
}

export type { Db, Database } from './client';
