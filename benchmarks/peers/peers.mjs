// Runs each npm PII redactor over the same e-mails and prints one JSON line per library:
// {"name":…, "mbPerSecond":…, "bytes":…, "texts":…, "detections":{TYPE:count}}.
// Detections are counted from the placeholders each library writes. Usage: node peers.mjs CORPUS_MAIL_DIR [MAX_MB] [SECONDS_PER_LIB]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

const [dir, maxMbArg = "1000", secondsArg = "60"] = process.argv.slice(2);
const maxBytes = Number(maxMbArg) * 1e6;
const budgetMs = Number(secondsArg) * 1000;
const texts = [];
let total = 0;
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
  const buf = fs.readFileSync(path.join(dir, name));
  texts.push(buf.toString("utf8"));
  total += buf.length;
  if (total >= maxBytes) break;
}

function count(out, regex, into) {
  for (const m of out.matchAll(regex)) into[m[1]] = (into[m[1]] || 0) + 1;
}

async function measure(name, redact, placeholder) {
  const detections = {};
  await redact(texts[0]); // warm-up
  let bytes = 0, n = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) {
    const out = await redact(text);
    count(out, placeholder, detections);
    bytes += Buffer.byteLength(text, "utf8");
    n++;
    if (Number(process.hrtime.bigint() - start) / 1e6 > budgetMs) break;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ name, mbPerSecond: +(bytes / 1e6 / seconds).toFixed(2), bytes, texts: n, complete: n === texts.length, detections }));
}

const { Redactor } = await import("@redactpii/node");
const redactpii = new Redactor();
await measure("@redactpii/node", (t) => redactpii.redact(t), /\b(PERSON_NAME|EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD|SSN|US_SOCIAL_SECURITY_NUMBER)\b/g);

const { SyncRedactor } = require("redact-pii");
// Each built-in rule writes a unique marker, so detections are counted by rule and never confused with the text.
const rules = ["credentials", "creditCardNumber", "emailAddress", "ipAddress", "names", "password", "phoneNumber",
  "streetAddress", "username", "usSocialSecurityNumber", "zipcode", "url", "digits"];
const redactPii = new SyncRedactor({ builtInRedactors: Object.fromEntries(rules.map((r) => [r, { replaceWith: `\u27E6${r}\u27E7` }])) });
await measure("redact-pii", (t) => redactPii.redact(t), /\u27E6([A-Za-z]+)\u27E7/g);

const { PiiSanitizer } = await import("@cdssnc/sanitize-pii");
const sanitizer = new PiiSanitizer();
await measure("@cdssnc/sanitize-pii", (t) => sanitizer.sanitize(t), /\[Redacted: ([a-z_]+)\]/g);

const { OpenRedaction } = await import("openredaction");
const open = new OpenRedaction({ redactionMode: "placeholder" });
await measure("openredaction", async (t) => (await open.detect(t)).redacted, /\[([A-Z_]+?)_[A-Z0-9]+\]/g);
