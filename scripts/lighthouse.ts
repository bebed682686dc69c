// `npm run lighthouse`: builds the app, serves the production build on 127.0.0.1 and runs
// Lighthouse (default mobile settings) against it in headless Chromium. Exit 0 when performance,
// accessibility and best-practices all score at least 95, 1 when one doesn't, 2 when Lighthouse
// is not installed or could not run.
//
//   tsx scripts/lighthouse.ts [--no-build] [--dist dist] [--path /?dataset=…] [--min 95]
//                             [--report bench/results-lighthouse.json]
//   LIGHTHOUSE_BIN=/path/to/lighthouse uses that binary instead of the project's.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startServer } from '../bench/server';
import { chromiumExecutable } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const DEFAULT_REPORT = 'bench/results-lighthouse.json';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

interface Report {
  finalDisplayedUrl?: string;
  lighthouseVersion?: string;
  runtimeError?: { code: string; message: string };
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: Array<{ id: string; weight: number }> }
  >;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

/** The project's Lighthouse (never downloaded), or LIGHTHOUSE_BIN when set. */
function lighthouseCommand(args: string[]): [string, string[]] {
  const bin = process.env.LIGHTHOUSE_BIN;
  return bin ? [bin, args] : ['npx', ['--no-install', 'lighthouse', ...args]];
}

function lighthouseVersion(): string | null {
  const [command, args] = lighthouseCommand(['--version']);
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function main(): Promise<number> {
  const version = lighthouseVersion();
  if (version === null) {
    console.error(
      'Lighthouse is not installed: run `npm i -D lighthouse` (then `npm install` again so the lockfile stays in sync).',
    );
    return 2;
  }
  const dist = arg('dist') ?? 'dist';
  const min = Number(arg('min') ?? 95);
  const reportPath = arg('report') ?? DEFAULT_REPORT;
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) return 2;
  }
  const executable = chromiumExecutable();
  if (executable === null) {
    console.error('No Chromium found: see scripts/ensure-chromium.mjs.');
    return 2;
  }
  const chromePath = executable ?? (await import('@playwright/test')).chromium.executablePath();
  const server = await startServer({ '/': dist }, Number(process.env.LIGHTHOUSE_PORT ?? 4450), {
    gzip: true,
  });
  try {
    const url = `${server.origin}${arg('path') ?? '/'}`;
    console.log(`Lighthouse ${version} on ${url} (Chromium ${chromePath}, mobile defaults)`);
    const [command, args] = lighthouseCommand([
      url,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${reportPath}`,
      '--chrome-flags=--headless=new --no-sandbox',
      '--quiet',
    ]);
    // Asynchronously: the server answering Lighthouse lives in this process.
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    const status = await new Promise<number | string>((done) => {
      child.on('error', (error) => done(error.message));
      child.on('exit', (code, signal) => done(code ?? signal ?? 'unknown'));
    });
    if (status !== 0) {
      console.error(`Lighthouse exited with ${status}.`);
      return 2;
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
    if (report.runtimeError) {
      console.error(`Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
      return 2;
    }
    let failed = 0;
    for (const id of CATEGORIES) {
      const category = report.categories[id];
      const score = category?.score === null || !category ? null : Math.round(category.score * 100);
      const pass = score !== null && score >= min;
      if (!pass) failed++;
      console.log(
        `  ${pass ? 'PASS' : 'FAIL'}  ${category?.title ?? id}: ${score ?? 'n/a'} (≥ ${min})`,
      );
      if (!category || pass) continue;
      // What cost points: the weighted audits that did not pass.
      for (const ref of category.auditRefs) {
        const audit = report.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 0.9) continue;
        if (ref.weight === 0 && id !== 'performance') continue;
        console.log(
          `        ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${Math.round(audit.score * 100)}`,
        );
      }
    }
    console.log(`Report: ${reportPath}`);
    return failed > 0 ? 1 : 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
