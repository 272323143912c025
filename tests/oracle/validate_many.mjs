// Runs the reference pipeline's `validate` command on many bodies in one node process, for
// tests/schema/oracle_test.cpp.
//
//   node validate_many.mjs ORACLE_DIR < bodies.txt > results.json
//
// bodies.txt holds one body per line, hex-encoded (so any bytes survive), each line ending in
// a newline. For each body the
// output array holds {"issues": [...]} (what `node run.mjs validate` prints for it) or
// {"json_error": "..."} when JSON.parse rejects the text (run.mjs would throw).
//
// Each body is validated by evaluating ORACLE_DIR/run.mjs itself, unchanged, as if started
// with `validate` and the body on stdin: fd 0 is replaced by the body and stdout is captured.
// So the schemas are the oracle's own, not a copy that could drift.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const oracleDir = process.argv[2];
if (!oracleDir) {
  console.error('usage: node validate_many.mjs ORACLE_DIR < bodies.txt');
  process.exit(2);
}
const runPath = path.resolve(oracleDir, 'run.mjs');
const runUrl = pathToFileURL(runPath).href;

const realReadFileSync = fs.readFileSync;
const realWrite = process.stdout.write;
const realArgv = process.argv;

// Every line is a body, the empty body included; the last line ends with a newline.
const input = realReadFileSync(0, 'utf8');
const lines = input === '' ? [] : input.replace(/\n$/, '').split('\n');
const results = [];
for (const [index, hex] of lines.entries()) {
  // Decoded as readFileSync(0, 'utf8') decodes stdin: invalid UTF-8 becomes U+FFFD.
  const text = Buffer.from(hex, 'hex').toString('utf8');
  try {
    JSON.parse(text);
  } catch (error) {
    results.push({ json_error: String(error.message) });
    continue;
  }
  let output = '';
  fs.readFileSync = (file, ...rest) => (file === 0 ? text : realReadFileSync(file, ...rest));
  syncBuiltinESMExports();
  process.stdout.write = (chunk) => {
    output += chunk;
    return true;
  };
  process.argv = [realArgv[0], runPath, 'validate'];
  try {
    await import(`${runUrl}?body=${index}`);
  } finally {
    process.stdout.write = realWrite;
    process.argv = realArgv;
    fs.readFileSync = realReadFileSync;
    syncBuiltinESMExports();
  }
  results.push({ issues: JSON.parse(output) });
}
process.stdout.write(JSON.stringify(results) + '\n');
