#!/usr/bin/env bash
# Side-by-side: the npm PII redactors and Anonymizer over the same SpamAssassin e-mails, in one script run.
# Usage: bash benchmarks/peers/run.sh [MAX_MB (default 8)] [SECONDS_PER_LIBRARY (default 60)]
# Prints a Markdown table (MB/s and what each detects) after the raw JSON lines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
max_mb="${1:-8}"; seconds="${2:-60}"
corpus="$(bash "$root/benchmarks/corpus.sh")"
( cd "$here" && npm install --no-audit --no-fund --loglevel=error >&2 )
dotnet build -c Release "$root/benchmarks/guard" -v q -nologo >&2
out="$(mktemp)"
dotnet "$root/benchmarks/guard/bin/Release/net10.0/Anonymizer.ThroughputGuard.dll" --corpus "$corpus" --peers-json --quick --cli none | grep '^{' >> "$out"
node "$here/peers.mjs" "$corpus/mail" "$max_mb" "$seconds" >> "$out"
cat "$out"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; node $(node --version); $(dotnet --version | sed 's/^/.NET SDK /')"
echo
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
const ours = lines[0].mbPerSecond;
console.log("| library | MB/s (redact, 1 thread) | × slower than Anonymizer | texts | top detections |");
console.log("|---|---:|---:|---:|---|");
for (const l of lines) {
  const top = Object.entries(l.detections).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(`| ${l.name} | ${l.mbPerSecond} | ${(ours / l.mbPerSecond).toFixed(1)} | ${l.texts}${l.complete ? "" : " (time cap)"} | ${top} |`);
}' "$out"
rm -f "$out"
