// Validates every manifest the chart renders against the schema of its kind, and fails on any field the kind
// does not have (a misspelt key that the API server would drop or, with strict field validation, refuse), as
// `kubectl apply --validate=strict` and kubeconform -strict do:
// - the operators' kinds (Strimzi, CloudNativePG, Prometheus Operator) against their own CustomResourceDefinitions,
//   vendored at a pinned release under helm/schemas/ (helm/schemas/README.md says from where), with Ajv: each served
//   version's openAPIV3Schema, every object schema that lists its properties and does not keep unknown fields
//   (x-kubernetes-preserve-unknown-fields) closed to others; the CRDs' CEL rules (x-kubernetes-validations) are not
//   evaluated;
// - Kubernetes' own kinds with the kubernetes-models package pinned in package.json: its JSON Schema validators
//   (types, formats, required fields, enumerations, bounds) and, for unknown fields, its type declarations through
//   the TypeScript compiler.
// A manifest of a kind without a schema fails too, so a new resource cannot slip past unchecked.
//   node validate-manifests.mjs <folder with node_modules> <rendered.yaml>...
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const tool = resolve(process.argv[2]);
const modules = join(tool, 'node_modules');
const { parseAllDocuments } = await import(pathToFileURL(join(modules, 'yaml', 'dist', 'index.js')));
const { default: ts } = await import(pathToFileURL(join(modules, 'typescript', 'lib', 'typescript.js')));
const { default: Ajv } = await import(pathToFileURL(join(modules, 'ajv', 'dist', 'ajv.js')));
const { default: addFormats } = await import(pathToFileURL(join(modules, 'ajv-formats', 'dist', 'index.js')));

async function modelOf(apiVersion, kind) {
  const file = join(modules, 'kubernetes-models', apiVersion, 'index.js');
  const model = existsSync(file) ? (await import(pathToFileURL(file)))[kind] : undefined;
  return model ? { Model: model, module: `kubernetes-models/${apiVersion}` } : null;
}

// The API server prunes what a structural schema does not list; strict validation refuses it instead.
function closed(schema) {
  if (Array.isArray(schema)) {
    schema.forEach(closed);
  } else if (schema && typeof schema === 'object') {
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined
      && !schema['x-kubernetes-preserve-unknown-fields']) {
      schema.additionalProperties = false;
    }
    Object.values(schema).forEach(closed);
  }
}

// The API server matches a schema's pattern with Go's regular expressions, whose leading (?i) JavaScript does not know:
// there it becomes the i flag. Any other Go-only syntax throws here, so a pattern is never silently skipped.
const goPrefix = /^(\^?)\(\?i\)/;
function goRegExp(pattern, flags) {
  return goPrefix.test(pattern) ? new RegExp(pattern.replace(goPrefix, '$1'), `${flags}i`) : new RegExp(pattern, flags);
}
goRegExp.code = 'goRegExp';
const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: goRegExp } });
addFormats(ajv);
// OpenAPI's numeric and byte formats, which the API server checks by type alone.
['int32', 'int64', 'float', 'double', 'byte'].forEach(format => ajv.addFormat(format, true));
const vendored = new Map();
const schemas = fileURLToPath(new URL('../schemas/', import.meta.url));
for (const folder of readdirSync(schemas, { withFileTypes: true }).filter(entry => entry.isDirectory())) {
  for (const file of readdirSync(join(schemas, folder.name)).filter(name => name.endsWith('.yaml'))) {
    const crd = parseAllDocuments(readFileSync(join(schemas, folder.name, file), 'utf8'))[0].toJS();
    for (const version of crd.spec.versions.filter(version => version.served)) {
      const schema = structuredClone(version.schema.openAPIV3Schema);
      closed(schema);
      const apiVersion = `${crd.spec.group}/${version.name}`;
      const validate = ajv.compile(schema);
      // A schema that let an unknown field through would pass everything: prove it does not.
      if (validate({ apiVersion, kind: crd.spec.names.kind, metadata: { name: 'probe' }, spec: {}, unknownField: true })) {
        console.log(`error: ${folder.name}/${file}: ${apiVersion} ${crd.spec.names.kind} accepts an unknown field`);
        process.exit(1);
      }
      vendored.set(`${apiVersion}/${crd.spec.names.kind}`, { validate, source: `${folder.name}/${file}` });
    }
  }
}

let failures = 0;
// One line per manifest, so the compiler's line numbers lead back to it.
const typed = [];
const typedManifests = [];
for (const file of process.argv.slice(3)) {
  let checked = 0;
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const manifest = document.toJS();
    if (!manifest) {
      continue;
    }
    checked++;
    const where = `${file}: ${manifest.kind} ${manifest.metadata?.name}`;
    const crd = vendored.get(`${manifest.apiVersion}/${manifest.kind}`);
    if (crd) {
      if (!crd.validate(manifest)) {
        for (const error of crd.validate.errors) {
          const extra = error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : '';
          console.log(`error: ${where}: ${error.instancePath || '/'} ${error.message}${extra} [${crd.source}]`);
          failures++;
        }
      }
      continue;
    }
    const found = await modelOf(manifest.apiVersion, manifest.kind);
    if (!found) {
      console.log(`error: ${where}: no schema for ${manifest.apiVersion} ${manifest.kind}`);
      failures++;
      continue;
    }
    try {
      new found.Model(manifest).validate();
    } catch (invalid) {
      console.log(`error: ${where}: ${invalid.message}`);
      failures++;
    }
    const n = typed.length;
    typed.push(`import type { I${manifest.kind} as T${n} } from ${JSON.stringify(found.module)}; `
      + `export const m${n}: T${n} = ${JSON.stringify(manifest)};`);
    typedManifests.push(where);
  }
  console.log(`${file}: ${checked} manifests checked against their schemas`);
}

// The compiler resolves the packages from the tool's node_modules, so the file is written there.
const scratch = mkdtempSync(join(tool, 'manifest-types-'));
const source = join(scratch, 'manifests.ts');
writeFileSync(source, typed.join('\n') + '\n');
const program = ts.createProgram([source], {
  noEmit: true, strict: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [],
});
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  const where = diagnostic.file?.fileName === source
    ? typedManifests[diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line] : diagnostic.file?.fileName;
  console.log(`error: ${where}: ${message}`);
  failures++;
}
rmSync(scratch, { recursive: true });
console.log(failures === 0 ? `every manifest valid, no field unknown to its kind (${typed.length} by kubernetes-models, `
  + `the others by ${vendored.size} vendored CRD versions)` : `${failures} errors`);
process.exit(failures === 0 ? 0 : 1);
