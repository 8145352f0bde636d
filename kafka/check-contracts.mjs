// Checks the event contract with tools independent of the platform's own Java validator, installed by
// `./mvnw verify` into the folder given as the only argument (under target/):
//   1. `asyncapi validate` (the AsyncAPI CLI) on asyncapi.yaml and the schemas it references: an error or a
//      warning fails the build;
//   2. `ajv validate` (ajv-cli, JSON Schema 2020-12 with formats) on every schema and its example, and every
//      schema needs exactly one example and every example a schema.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const tools = resolve(process.argv[2] ?? '.');
const contract = dirname(fileURLToPath(import.meta.url));
const bin = name => join(tools, 'node_modules', '.bin', name);

// The AsyncAPI CLI reports usage to a remote service unless its settings file says no; the build is offline.
const analytics = join(tools, 'asyncapi-analytics.json');
writeFileSync(analytics, JSON.stringify({ analyticsEnabled: 'false', infoMessageShown: 'true', userID: 'build' }));
const env = { ...process.env, ASYNCAPI_METRICS_CONFIG_PATH: analytics, SUPPRESS_NO_CONFIG_WARNING: 'true' };

const run = (command, args) => spawnSync(command, args, { env, encoding: 'utf8' });

// ajv-cli's own command, run in this process: one node process per pair (69 of them) cost about a second of CPU
// each, most of it starting node and loading ajv. The same arguments, parsing, options and output as `ajv <args>`.
const ajvCli = createRequire(join(tools, 'node_modules', 'ajv-cli', 'package.json'));
const minimist = ajvCli('minimist');
const { default: ajvCommands } = ajvCli('./dist/commands');
const { checkOptions } = ajvCli('./dist/commands/options');
class Exit extends Error {
  constructor(status) {
    super(`exit ${status}`);
    this.status = status;
  }
}
const ajv = args => {
  const output = [];
  const [log, error, exit] = [console.log, console.error, process.exit];
  console.log = console.error = (...parts) => output.push(format(...parts) + '\n');
  process.exit = status => {
    throw new Exit(status);
  };
  try {
    const argv = minimist(args);
    const command = ajvCommands[argv._[0]];
    const errors = checkOptions(command.schema, argv);
    if (errors) {
      return { status: 2, stdout: output.join(''), stderr: `${errors}\n` };
    }
    return { status: command.execute(argv) ? 0 : 1, stdout: output.join(''), stderr: '' };
  } catch (exited) {
    if (exited instanceof Exit) {
      return { status: exited.status, stdout: output.join(''), stderr: '' };
    }
    throw exited;
  } finally {
    [console.log, console.error, process.exit] = [log, error, exit];
  }
};
const failures = [];

const asyncapi = run(bin('asyncapi'), ['validate', join(contract, 'asyncapi.yaml'), '--fail-severity=warn']);
console.log((asyncapi.stdout + asyncapi.stderr).trim());
if (asyncapi.status !== 0) {
  failures.push('asyncapi.yaml does not pass `asyncapi validate`');
}

const jsonFiles = folder => readdirSync(join(contract, folder)).filter(name => name.endsWith('.json')).sort();
const schemas = jsonFiles('schemas');
const examples = new Set(jsonFiles('examples'));
for (const name of schemas) {
  if (!examples.delete(name)) {
    failures.push(`schemas/${name} has no example in examples/`);
    continue;
  }
  const validation = ajv(['validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors',
    '-s', join(contract, 'schemas', name), '-d', join(contract, 'examples', name)]);
  if (validation.status !== 0) {
    failures.push(`examples/${name} does not validate against schemas/${name}:\n${validation.stdout}${validation.stderr}`);
  }
}
for (const name of examples) {
  failures.push(`examples/${name} has no schema in schemas/`);
}

console.log(`event contract: ${schemas.length} schema/example pair(s) checked with ajv-cli, ${failures.length} failure(s)`);
failures.forEach(failure => console.log(`error: ${failure}`));
process.exit(failures.length === 0 ? 0 : 1);
