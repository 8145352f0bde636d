// Installs a pinned set of node tools (package.json + package-lock.json in the folder given as first argument) as
// `npm ci <the other arguments>` would, but once per lockfile and machine: the installed tree is kept under the
// cache folder (NODE_TOOLS_CACHE; the build passes -Dnode-tools.cache) and the folder's node_modules is a link to it.
// A fresh clone otherwise extracted the same 1,600 packages again in every build, a minute and two minutes of CPU
// on the build machines. An empty NODE_TOOLS_CACHE runs plain `npm ci` in the folder.
//
// The key is the lockfile, the npm arguments and node's major version, so a changed pin installs anew. A tree is
// installed into a folder of its own and renamed into place only when `npm ci` succeeded, so builds running at
// once never see half a tree: the one that renames second finds the first one's tree and drops its own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync,
    copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const folder = resolve(process.argv[2]);
const npmArguments = process.argv.slice(3);
const cacheRoot = process.env.NODE_TOOLS_CACHE;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const ci = directory => {
  const result = spawnSync(npm, ['ci', ...npmArguments], { cwd: directory, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`npm ci ${npmArguments.join(' ')} failed in ${directory}`);
    process.exit(result.status ?? 1);
  }
};

const modules = join(folder, 'node_modules');
const removeModules = () => {
  if (existsSync(modules) || isLink(modules)) {
    rmSync(modules, { recursive: true, force: true });
  }
};

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

if (!cacheRoot) {
  removeModules();
  ci(folder);
  process.exit(0);
}

const lockfile = readFileSync(join(folder, 'package-lock.json'));
const key = createHash('sha256')
    .update(lockfile)
    .update('\0' + npmArguments.join(' '))
    .update('\0node ' + process.versions.node.split('.')[0])
    .digest('hex').slice(0, 32);
const tree = join(resolve(cacheRoot), key);
const complete = join(tree, '.installed');

if (existsSync(complete)) {
  console.log(`node tools of ${folder}: installed before, ${tree}`);
} else {
  mkdirSync(resolve(cacheRoot), { recursive: true });
  const staging = mkdtempSync(join(resolve(cacheRoot), `.${key}-`));
  copyFileSync(join(folder, 'package.json'), join(staging, 'package.json'));
  copyFileSync(join(folder, 'package-lock.json'), join(staging, 'package-lock.json'));
  ci(staging);
  writeFileSync(join(staging, '.installed'), `npm ci ${npmArguments.join(' ')}\n`);
  try {
    renameSync(staging, tree);
  } catch (error) {
    if (!existsSync(complete)) {
      throw error;
    }
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(`node tools of ${folder}: installed into ${tree}`);
}

removeModules();
symlinkSync(join(tree, 'node_modules'), modules, 'junction');
