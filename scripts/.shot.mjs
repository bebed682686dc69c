import { chromium } from 'playwright';
import { chromiumExecutable } from './chromium.mjs';
const [url, out, w, h, js] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: chromiumExecutable() });
const p = await b.newPage({ viewport: { width: +w, height: +h }, javaScriptEnabled: js !== 'nojs' });
await p.goto(url); await p.waitForTimeout(2500);
await p.screenshot({ path: out });
await b.close();
