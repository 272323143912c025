// Signs JSON-lines requests from stdin with @smithy/signature-v4 and writes one JSON line per
// request to stdout: {"id", "signature", "authorization"|"target"}. Used by accord's
// differential test (tests/sigv4/differential_test.cpp); all inputs come from its generator.
"use strict";
const readline = require("node:readline");
const { SignatureV4 } = require("@smithy/signature-v4");
const { Sha256 } = require("@aws-crypto/sha256-js");

function toQuery(pairs) {
  const query = {};
  for (const [key, value] of pairs) {
    if (!Object.prototype.hasOwnProperty.call(query, key)) {
      query[key] = value;
    } else if (Array.isArray(query[key])) {
      query[key].push(value);
    } else {
      query[key] = [query[key], value];
    }
  }
  return query;
}

async function signOne(input) {
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: input.key,
      secretAccessKey: input.secret,
      sessionToken: input.token || undefined,
    },
    region: input.region,
    service: input.service,
    sha256: Sha256,
    uriEscapePath: input.escape_path,
    applyChecksum: false,
  });
  const headers = {};
  for (const [name, value] of input.headers) headers[name] = value;
  const request = {
    method: input.method,
    protocol: "https:",
    hostname: headers.host || headers.Host,
    path: input.path,
    query: toQuery(input.query),
    headers,
    body: input.body_hex.length > 0 ? Buffer.from(input.body_hex, "hex") : undefined,
  };
  const options = { signingDate: new Date(input.time * 1000) };
  if (input.presign) {
    const signed = await signer.presign(request, { ...options, expiresIn: input.expires });
    return { id: input.id, signature: signed.query["X-Amz-Signature"] };
  }
  const signed = await signer.sign(request, options);
  const authorization = signed.headers.authorization;
  return { id: input.id, signature: authorization.slice(authorization.lastIndexOf("=") + 1),
           authorization };
}

async function main() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    process.stdout.write(JSON.stringify(await signOne(JSON.parse(line))) + "\n");
  }
}

main().catch((error) => {
  process.stderr.write(`sign.js: ${error.stack || error}\n`);
  process.exit(1);
});
