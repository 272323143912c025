// Validates OpenAPI documents with an independent validator: @seriousme/openapi-schema-validator
// checks a document against the official OpenAPI JSON Schema of its version (3.0 or 3.1).
// Used by the openapi_user_service_document_is_valid test (run.cmake beside this file).
//
//   node validate.mjs [--version 3.0|3.1] [--same] FILE...
//
// Each FILE (JSON or YAML) must:
//   * pass the official schema of the version its `openapi` field names;
//   * with --version, name that version (3.0.x or 3.1.x);
//   * resolve every local "$ref" ("#/...") to a value inside the document.
// With --same, all the FILEs must also hold the same document (e.g. the JSON and the YAML
// writing of one document).
// Prints every problem and exits 1 if any; exits 2 on bad usage or when the validator's
// modules are missing (run `npm ci` in this folder).
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

let Validator;
try {
  ({ Validator } = await import('@seriousme/openapi-schema-validator'));
} catch (error) {
  console.error(`validate.mjs: cannot load @seriousme/openapi-schema-validator (${error.code ?? error.message}).`);
  console.error(`Run \`npm ci\` in ${here} (scripts/test.sh does it).`);
  process.exit(2);
}

const files = [];
let expectedVersion;
let same = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--version' && (args[i + 1] === '3.0' || args[i + 1] === '3.1')) {
    expectedVersion = args[++i];
  } else if (args[i] === '--same') {
    same = true;
  } else if (args[i].startsWith('--')) {
    console.error(`validate.mjs: unknown option ${args[i]}`);
    process.exit(2);
  } else {
    files.push(args[i]);
  }
}
if (files.length === 0) {
  console.error('usage: node validate.mjs [--version 3.0|3.1] [--same] FILE...');
  process.exit(2);
}

/// The value at a JSON Pointer fragment ("#/a/b~1c") of `document`, or undefined.
function resolveLocal(document, ref) {
  let value = document;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/// Every local "$ref" of `node` that does not resolve, as "pointer: ref".
function danglingRefs(document, node, pointer = '', out = []) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => danglingRefs(document, item, `${pointer}/${index}`, out));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const where = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
        if (resolveLocal(document, value) === undefined) out.push(`${where}: ${value}`);
      } else {
        danglingRefs(document, value, where, out);
      }
    }
  }
  return out;
}

let failed = false;
const documents = [];
for (const file of files) {
  const problems = [];
  const validator = new Validator();
  let result;
  try {
    result = await validator.validate(path.resolve(file));
  } catch (error) {
    result = { valid: false, errors: `cannot read: ${error.message}` };
  }
  const spec = validator.specification;
  const declared = typeof spec?.openapi === 'string' ? spec.openapi : undefined;
  if (!result.valid) {
    problems.push(`does not match the OpenAPI ${declared ?? '?'} schema:\n` +
                  JSON.stringify(result.errors, null, 2));
  }
  if (expectedVersion !== undefined && !declared?.startsWith(`${expectedVersion}.`)) {
    problems.push(`openapi is ${JSON.stringify(declared)}, expected ${expectedVersion}.x`);
  }
  if (spec !== undefined && spec !== null && typeof spec === 'object') {
    for (const dangling of danglingRefs(spec, spec)) problems.push(`$ref does not resolve at ${dangling}`);
  }
  if (problems.length > 0) {
    failed = true;
    console.error(`FAIL ${file}`);
    for (const problem of problems) console.error(`  ${problem.replaceAll('\n', '\n  ')}`);
  } else {
    console.log(`ok   ${file} (OpenAPI ${declared}, validated against the ${validator.version} schema)`);
  }
  documents.push({ file, spec });
}

if (same) {
  for (const { file, spec } of documents.slice(1)) {
    if (!isDeepStrictEqual(spec, documents[0].spec)) {
      failed = true;
      console.error(`FAIL ${file} does not hold the same document as ${documents[0].file}`);
    }
  }
}
process.exit(failed ? 1 : 0);
