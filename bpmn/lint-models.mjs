// Lints every .bpmn and .dmn under this folder; `./mvnw verify` runs it after installing the pinned
// linters of package.json into the folder given as the only argument (under target/).
// The linters' own command lines refuse an empty file list, so a kind of model that does not exist
// yet (no .dmn so far) is skipped here instead of failing the build.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const modelsDir = dirname(fileURLToPath(import.meta.url));
const toolsDir = resolve(process.argv[2] ?? '.');

const linters = [
  { extension: '.bpmn', cli: 'bpmnlint/bin/bpmnlint.js', config: '.bpmnlintrc' },
  { extension: '.dmn', cli: 'dmnlint/bin/dmnlint.js', config: '.dmnlintrc' },
];

// A stray `npm install` in this folder must not make the packages' own sample models part of the lint.
const models = readdirSync(modelsDir, { recursive: true }).filter(file => !file.startsWith('node_modules'));
let failed = false;
for (const { extension, cli, config } of linters) {
  const files = models.filter(file => file.endsWith(extension)).map(file => join(modelsDir, file)).sort();
  console.log(`${cli.split('/')[0]}: ${files.length} ${extension} file(s)`);
  if (files.length === 0) {
    continue;
  }
  // The linters resolve rule sets and plugins from the working directory, so they run where they are installed.
  const run = spawnSync(process.execPath, [join(toolsDir, 'node_modules', cli), '--config', join(modelsDir, config), ...files],
      { cwd: toolsDir, stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
