// Compares accord's OpenAPI document for the example service with the one the reference
// TypeScript pipeline (zod 4 + @asteasolutions/zod-to-openapi 8) writes for the same contract.
// Run by the openapi_user_service_document_matches_zod_to_openapi test (run.cmake beside this
// file).
//
//   node compare.mjs --version 3.0|3.1 [--docs docs/openapi.md] ORACLE.json ACCORD.json
//
// The two documents are walked together, semantically: object members in any order, arrays
// item by item except `required` (a set), numbers and strings by value. Every value the oracle
// has must be in accord's document at the same JSON Pointer with the same value, and every value
// accord adds is a difference too. Each difference must be listed in DIFFERENCES below, with
// its reason; docs/openapi.md ("Compared with zod-to-openapi") lists the same pointers.
// The test fails on
//   * a difference that is not listed (printed with its pointer and both values);
//   * a listed value that is not what the table says (`oracle` / `accord` pin it);
//   * a listed difference that no longer happens (the table would lie: remove it, or mark it
//     fixed), or a `fixed` one that happens again;
//   * a listed pointer that docs/openapi.md does not mention (with --docs).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

// kind: 'value'        both documents have the pointer, with different values;
//       'only-accord'  accord has the pointer (and everything under it), the oracle has not;
//       'only-oracle'  the oracle has the pointer, accord has not.
// status: 'deliberate' (it stays, for `reason`) or 'fixed' (it happened and must not again).
// versions: the OpenAPI versions it applies to (both when absent).
// oracle / accord: when present, the value each side must have at the pointer.
const DIFFERENCES = [
  {
    pointer: '/openapi', kind: 'value', versions: ['3.0'], oracle: '3.0.1', accord: '3.0.3',
    status: 'deliberate',
    reason: 'accord writes the latest 3.0 patch release; 3.0.x patches only clarify the text, ' +
            'the document means the same (3.1 is 3.1.0 on both sides)',
  },
  {
    pointer: '/components/parameters', kind: 'only-oracle', oracle: {}, status: 'deliberate',
    reason: 'zod-to-openapi always writes the empty parameters map; accord leaves out empty ' +
            'maps, and an absent map means the same as an empty one',
  },
  {
    pointer: '/webhooks', kind: 'only-oracle', versions: ['3.1'], oracle: {}, status: 'deliberate',
    reason: 'zod-to-openapi 3.1 always writes the empty webhooks map; accord leaves out empty ' +
            'maps (a 3.1 document needs paths, components or webhooks, and has paths)',
  },
  {
    pointer: '/info/description', kind: 'only-accord', status: 'deliberate',
    reason: 'the example describes its service; the oracle declares title and version only',
  },
  {
    pointer: '/servers', kind: 'only-accord', status: 'deliberate',
    reason: 'the example declares its production server; the oracle declares none',
  },
  {
    pointer: '/tags', kind: 'only-accord', status: 'deliberate',
    reason: 'the example declares its "users" tag with a description; the oracle has no tags',
  },
  {
    pointer: '/paths/~1v1~1users/post/tags', kind: 'only-accord', status: 'deliberate',
    reason: 'createUser is tagged "users" in the example',
  },
  {
    pointer: '/paths/~1v1~1users/post/requestBody/required', kind: 'only-accord', accord: true,
    status: 'deliberate',
    reason: 'a different meaning, on purpose: accord marks a declared body required (the ' +
            'handler refuses a request without one), zod-to-openapi leaves `required` out, ' +
            'which OpenAPI reads as false (the body may be absent)',
  },
  {
    pointer: '/paths/~1v1~1users/post/responses/400', kind: 'only-accord', status: 'deliberate',
    reason: 'accord documents the problem+json answer it sends for a malformed body (not ' +
            'JSON, too deep, a repeated key); the oracle documents only the 201',
  },
  {
    pointer: '/paths/~1v1~1users/post/responses/422', kind: 'only-accord', status: 'deliberate',
    reason: 'accord documents the problem+json answer it sends when the body breaks the ' +
            'schema; the oracle documents only the 201',
  },
  {
    pointer: '/paths/~1v1~1users/post/responses/401', kind: 'only-accord', status: 'deliberate',
    reason: 'the operation requires SigV4 credentials: accord documents the problem+json answer ' +
            'to missing or bad ones; the oracle documents only the 201',
  },
  {
    pointer: '/paths/~1v1~1users/post/responses/403', kind: 'only-accord', status: 'deliberate',
    reason: 'the operation requires SigV4 credentials: accord documents the problem+json answer ' +
            'to valid credentials that may not call it; the oracle documents only the 201',
  },
  {
    pointer: '/paths/~1v1~1users/get', kind: 'only-accord', status: 'deliberate',
    reason: 'listUsers (GET /v1/users) is in the example only; the oracle declares POST only',
  },
  {
    pointer: '/paths/~1v1~1users~1{userId}', kind: 'only-accord', status: 'deliberate',
    reason: 'getUser (GET /v1/users/{userId}) is in the example only',
  },
  {
    pointer: '/components/schemas/Problem', kind: 'only-accord', status: 'deliberate',
    reason: 'the RFC 9457 problem body of the 400/404/422 answers, which the oracle does not ' +
            'declare',
  },
  {
    pointer: '/components/schemas/User', kind: 'only-accord', status: 'deliberate',
    reason: 'the stored user that the GET routes return; not in the oracle',
  },
  {
    pointer: '/components/schemas/UserPage', kind: 'only-accord', status: 'deliberate',
    reason: 'the page of users that listUsers returns; not in the oracle',
  },
  {
    pointer: '/components/securitySchemes/sigv4/description', kind: 'only-accord',
    status: 'deliberate',
    reason: 'accord\'s aws_sigv4() scheme is described ("AWS Signature Version 4 (IAM ' +
            'credentials)"); type, name, in and x-amazon-apigateway-authtype are the same',
  },
];

function usage() {
  console.error('usage: node compare.mjs --version 3.0|3.1 [--docs openapi.md] ORACLE.json ACCORD.json');
  process.exit(2);
}

const args = process.argv.slice(2);
let version;
let docsPath;
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--version' && (args[i + 1] === '3.0' || args[i + 1] === '3.1')) version = args[++i];
  else if (args[i] === '--docs' && args[i + 1] !== undefined) docsPath = args[++i];
  else if (args[i].startsWith('--')) usage();
  else files.push(args[i]);
}
if (version === undefined || files.length !== 2) usage();

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`FAIL cannot read ${file} as JSON: ${error.message}`);
    process.exit(1);
  }
}
const oracle = readJson(files[0]);
const accord = readJson(files[1]);

const escapeToken = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const show = (value) => (value === undefined ? '(absent)' : JSON.stringify(value));

/// Every difference between `o` (oracle) and `a` (accord) at or under `pointer`, outermost:
/// a member only one side has is one difference, whatever it holds.
function diff(o, a, pointer, out) {
  if (o === undefined || a === undefined) {
    out.push({ pointer, kind: o === undefined ? 'only-accord' : 'only-oracle', oracle: o, accord: a });
  } else if (isObject(o) && isObject(a)) {
    const keys = new Set([...Object.keys(o), ...Object.keys(a)]);
    for (const key of keys) diff(o[key], a[key], `${pointer}/${escapeToken(key)}`, out);
  } else if (Array.isArray(o) && Array.isArray(a)) {
    // JSON Schema's `required` is a set of names: the order means nothing.
    const last = pointer.slice(pointer.lastIndexOf('/') + 1);
    if (last === 'required' && o.every((x) => typeof x === 'string') &&
        a.every((x) => typeof x === 'string')) {
      if (!isDeepStrictEqual([...new Set(o)].sort(), [...new Set(a)].sort())) {
        out.push({ pointer, kind: 'value', oracle: o, accord: a });
      }
      return out;
    }
    for (let i = 0; i < Math.max(o.length, a.length); ++i) diff(o[i], a[i], `${pointer}/${i}`, out);
  } else if (!isDeepStrictEqual(o, a)) {
    out.push({ pointer, kind: 'value', oracle: o, accord: a });
  }
  return out;
}

const failures = [];
const found = diff(oracle, accord, '', []);
const listed = DIFFERENCES.filter((entry) => entry.versions === undefined || entry.versions.includes(version));
const entryFor = (difference) =>
  listed.find((entry) => entry.pointer === difference.pointer && entry.kind === difference.kind);

for (const difference of found) {
  const entry = entryFor(difference);
  const both = `oracle ${show(difference.oracle)}, accord ${show(difference.accord)}`;
  if (entry === undefined) {
    failures.push(`not listed: ${difference.kind} at ${difference.pointer || '(root)'}: ${both}`);
  } else if (entry.status === 'fixed') {
    failures.push(`fixed difference is back: ${difference.kind} at ${difference.pointer}: ${both} ` +
                  `(${entry.reason})`);
  } else {
    for (const side of ['oracle', 'accord']) {
      if (Object.hasOwn(entry, side) && !isDeepStrictEqual(entry[side], difference[side])) {
        failures.push(`listed ${difference.kind} at ${difference.pointer} expects ${side} ` +
                      `${show(entry[side])}, got ${both}`);
      }
    }
  }
}
for (const entry of listed) {
  if (entry.status !== 'deliberate') continue;
  if (!found.some((difference) => difference.pointer === entry.pointer && difference.kind === entry.kind)) {
    failures.push(`listed ${entry.kind} at ${entry.pointer} no longer happens: remove it from ` +
                  'DIFFERENCES and docs/openapi.md, or mark it fixed');
  }
}

if (docsPath !== undefined) {
  // The section runs from its heading to the next heading of the same or a higher level.
  const text = readFileSync(docsPath, 'utf8');
  const match = /^(#+) Compared with zod-to-openapi[^\n]*\n/m.exec(text);
  if (match === null) {
    failures.push(`${docsPath} has no "Compared with zod-to-openapi" section`);
  } else {
    const rest = text.slice(match.index + match[0].length);
    const end = new RegExp(`^#{1,${match[1].length}} `, 'm').exec(rest);
    const section = end === null ? rest : rest.slice(0, end.index);
    for (const entry of DIFFERENCES) {
      if (!section.includes(`\`${entry.pointer}\``)) {
        failures.push(`${docsPath} ("Compared with zod-to-openapi") does not list \`${entry.pointer}\``);
      }
    }
  }
}

if (failures.length > 0) {
  console.error(`FAIL OpenAPI ${version}: accord's document differs from zod-to-openapi's`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
const counts = ['value', 'only-oracle', 'only-accord']
  .map((kind) => `${found.filter((d) => d.kind === kind).length} ${kind}`).join(', ');
console.log(`ok   OpenAPI ${version}: every difference from zod-to-openapi is listed (${counts})`);
