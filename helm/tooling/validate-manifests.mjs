// Validates every manifest the chart renders against the schema of its kind: Kubernetes' own resources and
// the operators' custom resources (Strimzi, CloudNativePG, Prometheus Operator), with the schemas of the
// kubernetes-models packages pinned in package.json, in two passes:
// - their JSON Schema validators (types, formats, required fields, enumerations, bounds);
// - the same packages' type declarations, through the TypeScript compiler, which rejects any field a kind does
//   not have (a misspelt key that the API server would drop or, with strict field validation, refuse), as
//   `kubectl apply --validate=strict` and kubeconform -strict do.
// A manifest of a kind without a schema fails too, so a new resource cannot slip past unchecked.
//   node validate-manifests.mjs <folder with node_modules> <rendered.yaml>...
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tool = resolve(process.argv[2]);
const modules = join(tool, 'node_modules');
const { parseAllDocuments } = await import(pathToFileURL(join(modules, 'yaml', 'dist', 'index.js')));
const { default: ts } = await import(pathToFileURL(join(modules, 'typescript', 'lib', 'typescript.js')));
const packages = ['kubernetes-models', '@kubernetes-models/strimzi-kafka-operator', '@kubernetes-models/cloudnative-pg',
  '@kubernetes-models/prometheus-operator'];

async function modelOf(apiVersion, kind) {
  for (const pkg of packages) {
    const file = join(modules, pkg, apiVersion, 'index.js');
    if (existsSync(file)) {
      const model = (await import(pathToFileURL(file)))[kind];
      if (model) {
        return { Model: model, module: `${pkg}/${apiVersion}` };
      }
    }
  }
  return null;
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
console.log(failures === 0 ? `every manifest valid, no field unknown to its kind (${typed.length})` : `${failures} errors`);
process.exit(failures === 0 ? 0 : 1);
