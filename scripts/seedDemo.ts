import { openDatabase } from '../src/lib/server/db/client';
import { config } from '../src/lib/server/config';
import { demoCoordinator, demoOrganisationName, seedDemo } from '../src/lib/server/demo';

const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
	const result = await seedDemo(database.db);
	console.log(result.created ? `Demo-organisatie "${demoOrganisationName}" is aangemaakt.` : `Demo-organisatie "${demoOrganisationName}" bestond al.`);
	console.log(`Inloggen met ${demoCoordinator.email} / ${demoCoordinator.password}`);
} finally {
	await database.close();
}
