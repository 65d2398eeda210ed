// Every page is prerendered to static files, with a trailing slash so any static folder can serve it.
export const prerender = true;
export const trailingSlash = 'always';
