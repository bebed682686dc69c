// The first paint's JavaScript budget, checked on every `npm test` after the build: a reader's
// first paint needs at most 120 KB gzip of JS (issue 20: "load catalogues per locale"; the README's
// Benchmarks). `tsx scripts/budget.ts [dist] [--max-kb 120]` prints the files and exits 1 over it.
import { measureBundle } from '../bench/bundle';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max-kb');
const maxKb = maxAt >= 0 ? Number(args[maxAt + 1]) : 120;
const dist = args.find((arg, i) => !arg.startsWith('--') && i !== maxAt + 1) ?? 'dist';

const report = measureBundle(dist);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
for (const chunk of report.chunks.filter((c) => c.firstPaint && c.file.endsWith('.js'))) {
  console.log(`  ${chunk.file}  ${kb(chunk.gzip)} KB gzip`);
}
const total = report.firstPaintJsGzip / 1024;
const verdict = total <= maxKb ? 'within' : 'OVER';
console.log(`First-paint JS: ${total.toFixed(1)} KB gzip, ${verdict} the budget of ${maxKb} KB.`);
if (total > maxKb) process.exit(1);
