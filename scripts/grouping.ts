import { readFile } from 'node:fs/promises';
import { runGroupingCli } from './groupingCli';

const outcome = await runGroupingCli(process.argv.slice(2), {
	readFile: (path) => readFile(path, 'utf8'),
	clock: () => performance.now()
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
