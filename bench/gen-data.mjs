// Writes the benchmark inputs to bench/data/ (gitignored). Deterministic: a seeded PRNG picks
// every value, so every run and every machine gets byte-identical files.
//   (a) valid.json    one valid CreateUserRequest body (~160 bytes)
//   (b) invalid.json  bad email "a.andersson(at)example" and address.block missing
//   (c) large.json    a JSON array of 100,000 valid bodies (~16 MB)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.env.DATA_DIR ?? join(here, "data");
const count = Number(process.env.LARGE_COUNT ?? 100000);

// mulberry32: tiny, fast and reproducible across Node versions (Math.random is not seedable).
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261203);
const pick = (list) => list[Math.floor(rand() * list.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join("");

const first = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sofia", "Nils",
  "Ingrid", "Per", "Elin", "Olof", "Astrid", "Gustav", "Linnea", "Magnus", "Frida", "Henrik"];
const last = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
  "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist"];
const cities = ["Stockholm", "Goteborg", "Malmo", "Uppsala", "Vasteras", "Orebro", "Linkoping",
  "Helsingborg", "Jonkoping", "Norrkoping", "Lund", "Umea"];
const streets = ["Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Sveavagen",
  "Hamngatan", "Birger Jarlsgatan", "Ostra Hamngatan", "Linnegatan", "Skolgatan"];
const domains = ["example.com", "example.org", "mail.example.net", "example.se"];

function make_user() {
  const given = pick(first);
  const family = pick(last);
  return {
    name: `${given} ${family}`,
    phoneNumber: `+46 7${digits(1)} ${digits(3)} ${digits(2)} ${digits(2)}`,
    email: `${given.toLowerCase()}.${family.toLowerCase()}${digits(2)}@${pick(domains)}`,
    address: {
      city: pick(cities),
      street: `${pick(streets)} ${1 + Math.floor(rand() * 120)}`,
      block: `${String.fromCharCode(65 + Math.floor(rand() * 8))}${1 + Math.floor(rand() * 9)}`,
    },
  };
}

const valid = make_user();
const invalid = {
  name: "Anna Andersson",
  phoneNumber: "+46 70 123 45 67",
  email: "a.andersson(at)example",
  address: { city: "Stockholm", street: "Drottninggatan 12" },
};
const users = Array.from({ length: count }, make_user);

mkdirSync(out, { recursive: true });
const files = {
  "valid.json": JSON.stringify(valid),
  "invalid.json": JSON.stringify(invalid),
  "large.json": JSON.stringify(users),
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(out, name), text);
  console.log(`gen-data: ${join(out, name)} ${Buffer.byteLength(text)} bytes`);
}
