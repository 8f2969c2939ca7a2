// Renders every diagram of the models (each process and each collapsed sub-process) to src/docs/diagrams/*.svg
// with bpmn-js, the library Camunda Modeler draws with, in a headless Chromium (CHROMIUM, default
// /usr/bin/chromium). `--png` also writes a PNG of each to target/diagrams/ for a look at the layout.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'src', 'docs', 'diagrams');
const pngs = process.argv.includes('--png') ? join(root, 'target', 'diagrams') : null;
mkdirSync(out, { recursive: true });
if (pngs) {
  mkdirSync(pngs, { recursive: true });
}

// CollectionProcess -> collection-process, SubProcess_DunningLadder -> dunning-ladder
const fileName = (id) => id.replace(/^SubProcess_/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<div id="canvas" style="width:2400px;height:1400px"></div>');
  await page.addStyleTag({ path: require.resolve('bpmn-js/dist/assets/bpmn-js.css') });
  await page.addScriptTag({ path: require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js') });
  for (const model of readdirSync(join(root, 'processes')).filter((f) => f.endsWith('.bpmn')).sort()) {
    const xml = readFileSync(join(root, 'processes', model), 'utf8');
    const diagrams = await page.evaluate(async (xml) => {
      document.getElementById('canvas').innerHTML = '';
      const viewer = new window.BpmnJS({ container: '#canvas' });
      await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      const result = [];
      for (const plane of canvas.getRootElements()) {
        canvas.setRootElement(plane);
        const { svg } = await viewer.saveSVG();
        const id = plane.businessObject.id;
        result.push({ id, svg });
      }
      return result;
    }, xml);
    for (const { id, svg } of diagrams) {
      const name = fileName(id);
      writeFileSync(join(out, name + '.svg'), svg + '\n');
      if (pngs) {
        const shot = await browser.newPage();
        await shot.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
        const box = await shot.$eval('svg', (s) => [s.width.baseVal.value, s.height.baseVal.value]);
        await shot.setViewport({ width: Math.ceil(box[0]), height: Math.ceil(box[1]) });
        await shot.screenshot({ path: join(pngs, name + '.png') });
        await shot.close();
      }
      console.log(`${model} ${id} -> src/docs/diagrams/${name}.svg`);
    }
  }
} finally {
  await browser.close();
}
