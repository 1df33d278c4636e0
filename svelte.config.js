import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// scripts/build.js builds each release into a folder of its own (see there); `vite build` alone writes build/.
		adapter: adapter({ out: process.env.SD_BUILD_OUT || 'build' }),
		csrf: { trustedOrigins: [] },
		// The server finds the route of a link, so the list of every route stays off the phones (the
		// room's page has 50 KB of JavaScript to spend, issue #10); a link costs one small request more.
		router: { resolution: 'server' },
		// Scripts only from this site (SvelteKit hashes its own inline ones); inline styles stay
		// allowed because components set custom properties such as the theme colour.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
