// Writes every model in processes/ the way Camunda Modeler writes it (bpmn-moddle and dmn-moddle, the libraries
// Modeler saves with): incoming/outgoing references on every flow node and Modeler's indentation. A model it
// rewrites says so in its exporter attribute; one already as Modeler writes it keeps its exporter (Camunda Modeler's
// own, after a save there). `--check` changes nothing and fails when a model would change, so a model edited by
// hand or by a generator that Modeler would rewrite on its next save is caught in CI.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';

const require = createRequire(import.meta.url);
const camundaBpmn = require('camunda-bpmn-moddle/resources/camunda.json');
const camundaDmn = require('camunda-dmn-moddle/resources/camunda.json');
const tidyVersion = require('bpmn-moddle/package.json').version;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');
const folder = join(root, 'processes');

function connect(element) {
  for (const child of element.flowElements || []) {
    if (child.$instanceOf('bpmn:FlowNode')) {
      child.incoming = [];
      child.outgoing = [];
    }
  }
  for (const child of element.flowElements || []) {
    if (child.$type === 'bpmn:SequenceFlow') {
      child.sourceRef.outgoing.push(child);
      child.targetRef.incoming.push(child);
    }
  }
  for (const child of element.flowElements || []) {
    if (child.flowElements) {
      connect(child);
    }
  }
}

async function tidyBpmn(xml) {
  const moddle = new BpmnModdle({ camunda: camundaBpmn });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  if (warnings.length) {
    throw new Error(warnings.map((w) => w.message).join('\n'));
  }
  for (const element of rootElement.rootElements) {
    if (element.$type === 'bpmn:Process') {
      connect(element);
    }
  }
  return written(xml, moddle, rootElement, 'Collections model tidy (bpmn-moddle)', tidyVersion);
}

/** The file as written; the exporter changes only when something else does. */
async function written(before, moddle, rootElement, exporter, version) {
  const same = (await moddle.toXML(rootElement, { format: true })).xml + '\n';
  if (same === before) {
    return before;
  }
  rootElement.exporter = exporter;
  rootElement.exporterVersion = version;
  return (await moddle.toXML(rootElement, { format: true })).xml + '\n';
}

async function tidyDmn(xml) {
  const moddle = new DmnModdle({ camunda: camundaDmn });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  if (warnings.length) {
    throw new Error(warnings.map((w) => w.message).join('\n'));
  }
  return written(xml, moddle, rootElement, 'Collections model tidy (dmn-moddle)',
    require('dmn-moddle/package.json').version);
}

let changed = 0;
for (const name of readdirSync(folder).sort()) {
  const tidy = name.endsWith('.bpmn') ? tidyBpmn : name.endsWith('.dmn') ? tidyDmn : null;
  if (!tidy) {
    continue;
  }
  const file = join(folder, name);
  const before = readFileSync(file, 'utf8');
  const after = await tidy(before);
  if (before !== after) {
    changed++;
    if (check) {
      console.error(`${name}: not as Modeler would write it (run: npm run tidy)`);
    } else {
      writeFileSync(file, after);
      console.log(`${name}: rewritten`);
    }
  }
}
if (check && changed) {
  process.exit(1);
}
