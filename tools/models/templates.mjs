// The element templates in .camunda/element-templates, checked by the validator Camunda Modeler itself uses
// (Camunda 7 schema). ElementTemplatesTest checks the same rules against the delegates and models in the Maven build.
import { validate, getSchemaVersion } from '@bpmn-io/element-templates-validator';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.camunda', 'element-templates');
let count = 0, invalid = 0;
for (const file of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const content = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const template of Array.isArray(content) ? content : [ content ]) {
    count++;
    const result = validate(template);
    if (!result.valid) {
      invalid++;
      for (const error of result.errors) {
        console.error(`${file} ${template.id}: ${error.instancePath} ${error.message}`);
      }
    }
  }
}
console.log(`${count} element templates, ${invalid} invalid (Camunda 7 schema ${getSchemaVersion()})`);
process.exit(invalid || !count ? 1 : 0);
