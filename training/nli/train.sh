#!/usr/bin/env bash
# Rebuilds the NLI model from ../shared/data: generates the news pairs from FNC-1 bodies, then
# fine-tunes the project's fp32 cross-encoder on the mix (train.py MIX) and writes fp32 and int8
# ONNX to $OUT. Resumable from $WORK/checkpoint.pt; CUDA when present. About an hour on 2 CPU cores for --epochs 1
# (the bundled v4; --epochs 0.45 --mix v3 rebuilds v3).
#   training/nli/train.sh [--epochs 1] [--mix v4|v3] [--limit N]
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
WORK=${WORK:-target/training/nli}
OUT=${OUT:-models/nli-minilm-l6}
PY=${PYTHON:-/usr/bin/python3}
"$PY" -c 'import torch, onnx' 2>/dev/null || {
  echo "needs Debian's python3-torch and python3-onnx (and libopenblas0-pthread):"
  echo "  apt-get install -y python3-torch python3-onnx libopenblas0-pthread"; exit 2; }
mkdir -p "$WORK"
"$PY" training/nli/generate.py --fnc "$SHARED/data/news/fnc-1" --out "$WORK/news" | tee -a "$WORK/train.log"
"$PY" -W ignore training/nli/train.py \
  --data "$SHARED/data/nli-train.tsv" "$SHARED"/data/nli-extra/*.tsv "$WORK/news/news-train.tsv" \
  --check "$WORK/news/news-heldout.tsv" \
  --base "$SHARED/models/nli-minilm-l6-fp32/model.onnx" --tokenizer models/nli-minilm-l6/tokenizer.json \
  --out "$OUT" --work "$WORK" "$@" 2>&1 | tee -a "$WORK/train.log"
# $OUT/model-fp32.onnx is the fp32 export (git ignores it); model.onnx the int8 one the service runs
echo "measure it: ./mvnw -q compile exec:java@evaluate -Dexec.args=\"--nli $OUT,models/nli-minilm-l6 --nli-sets $WORK/news/news-heldout.tsv\""
