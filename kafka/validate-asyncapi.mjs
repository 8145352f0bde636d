// Validates asyncapi.yaml, with the schemas it references, using the AsyncAPI parser installed by
// `./mvnw verify` into the folder given as the only argument (under target/). Errors fail the build;
// warnings are printed.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(resolve(process.argv[2] ?? '.'), 'node_modules', 'package.json'));
const { Parser, fromFile } = require('@asyncapi/parser');

const document = join(dirname(fileURLToPath(import.meta.url)), 'asyncapi.yaml');
const { document: parsed, diagnostics } = await fromFile(new Parser(), document).parse();
const errors = diagnostics.filter(diagnostic => diagnostic.severity === 0);
for (const diagnostic of diagnostics) {
  console.log(`${diagnostic.severity === 0 ? 'error' : 'warning'} ${diagnostic.code}: ${diagnostic.message} at ${diagnostic.path.join('.')}`);
}
console.log(`asyncapi.yaml: ${parsed ? parsed.allMessages().length + ' messages in ' + parsed.allChannels().length + ' channels' : 'not parsed'}, ${errors.length} error(s)`);
process.exit(parsed && errors.length === 0 ? 0 : 1);
