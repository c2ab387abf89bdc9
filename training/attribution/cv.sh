#!/usr/bin/env bash
# 5-fold cross-validation of the attribution recipe on PolNeAR train: for each fold i, the tagger is
# trained by train.sh on the other four fifths of the training articles (train.py --fold i/5: articles
# sorted by name, every fifth held out) and the service reads the held-out fifth with it
# (`evaluate --attribution`). Resumable: a fold whose figures exist is skipped, a fold cut short goes on
# from its checkpoint, and a fold whose tagger exists is only measured again. About 30 to 100 min a fold on 2 CPU cores
# (stop 27: 70-100 on an AVX2-only CPU; stop 29: 32 on an idle AVX-512 one, 50 with other work beside), so the five folds span sessions: each fold's figures (counts only, no PolNeAR text) are kept in
# training/attribution/cv/fold-i.txt with the commit that measured them, and a fold with figures there is not run again.
#   training/attribution/cv.sh [first-fold [last-fold]]
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
PY=${PYTHON:-/usr/bin/python3}
FIRST=${1:-0}
LAST=${2:-4}
for i in $(seq "$FIRST" "$LAST"); do
  dir=target/cv/fold-$i
  kept=training/attribution/cv/fold-$i.txt
  [ -s "$kept" ] && { echo "fold $i: done ($kept)"; continue; }
  mkdir -p "$dir"
  # The held-out articles, exactly as train.py --fold leaves them out (kept under target/: PolNeAR is not ours to copy).
  "$PY" - "$SHARED/eval/polnear/polnear_train_docs.jsonl" "$i" "$dir/held-out.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
held = [d for n, d in enumerate(sorted(docs, key=lambda d: d["doc"])) if n % 5 == int(sys.argv[2])]
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for d in held: out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"fold {sys.argv[2]}: {len(held)} held-out articles")
PY
  # A fold's tagger, once exported, is kept (under target/): delete the fold's figures to measure it again with newer service code.
  [ -s "$dir/model/model.onnx" ] || WORK=target/training/cv-$i OUT="$dir/model" training/attribution/train.sh --fold "$i/5"
  mkdir -p "$(dirname "$kept")"
  { echo "# fold $i of 5 of PolNeAR train: tagger trained on the other four fifths ($(grep -o '"epochs": [0-9.]*' "$dir/model/training.json"))," \
         "read by the service at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes') on $(date -u +%F)"
    RADAR_ATTRIBUTION_MODEL_DIR="$dir/model" ./mvnw -q compile exec:java@evaluate \
      -Dexec.args="--attribution $dir/held-out.jsonl --out $dir/flagged.json"; } | tee "$kept.tmp"
  mv "$kept.tmp" "$kept"
done
grep -h "reported speech\|precision" training/attribution/cv/fold-*.txt
