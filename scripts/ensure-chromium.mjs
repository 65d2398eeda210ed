// Makes sure Debian's Chromium is there for the browser tests, installing it with apt-get when it is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
	console.log(`Chromium found at ${path}.`);
} else {
	console.log(`Chromium is missing at ${path}; installing Debian's chromium package…`);
	const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
	try {
		execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		console.error(
			'Could not install Chromium. Install it by hand (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.'
		);
		process.exit(1);
	}
	if (!existsSync(path)) {
		console.error(`Chromium still missing at ${path} after installing.`);
		process.exit(1);
	}
}
