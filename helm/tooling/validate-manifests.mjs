// Validates every manifest the chart renders against the schema of its kind: Kubernetes' own resources and
// the operators' custom resources (Strimzi KafkaTopic/KafkaUser, CloudNativePG Cluster, Prometheus
// ServiceMonitor), with the schemas of the kubernetes-models packages pinned in package.json. A manifest of a
// kind without a schema fails too, so a new resource cannot slip past unchecked.
//   node validate-manifests.mjs <folder with node_modules> <rendered.yaml>...
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = join(resolve(process.argv[2]), 'node_modules');
const { parseAllDocuments } = await import(pathToFileURL(join(modules, 'yaml', 'dist', 'index.js')));
const packages = ['kubernetes-models', '@kubernetes-models/strimzi-kafka-operator', '@kubernetes-models/cloudnative-pg',
  '@kubernetes-models/prometheus-operator'];

async function modelOf(apiVersion, kind) {
  for (const pkg of packages) {
    const file = join(modules, pkg, apiVersion, 'index.js');
    if (existsSync(file)) {
      const model = (await import(pathToFileURL(file)))[kind];
      if (model) {
        return model;
      }
    }
  }
  return null;
}

let failures = 0;
for (const file of process.argv.slice(3)) {
  let checked = 0;
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const manifest = document.toJS();
    if (!manifest) {
      continue;
    }
    checked++;
    const where = `${file}: ${manifest.kind} ${manifest.metadata?.name}`;
    const Model = await modelOf(manifest.apiVersion, manifest.kind);
    if (!Model) {
      console.log(`error: ${where}: no schema for ${manifest.apiVersion} ${manifest.kind}`);
      failures++;
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (invalid) {
      console.log(`error: ${where}: ${invalid.message}`);
      failures++;
    }
  }
  console.log(`${file}: ${checked} manifests valid against their schemas${failures ? ' (see errors)' : ''}`);
}
process.exit(failures === 0 ? 0 : 1);
