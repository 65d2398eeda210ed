import { pageScripts } from './bench/bundle';
const r = pageScripts('build', 'simulator/index.html');
for (const f of r.files.sort((a, b) => b.gzip - a.gzip)) console.log((f.gzip / 1024).toFixed(1).padStart(6), (f.bytes / 1024).toFixed(1).padStart(7), f.file);
console.log('total', (r.gzipTotal / 1024).toFixed(1));
