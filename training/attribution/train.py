"""Trains the attribution tagger: who (source), the reporting words (cue) and what (content).

Reads PolNeAR's labelled articles (one JSON article per line, character spans per attribution),
tags every word piece with BIO tags for SOURCE, CUE and CONTENT, and fine-tunes a BERT encoder to
predict them. Windows are whole paragraphs packed up to 254 word pieces, exactly as the service
packs them (`radar.statement.AttributionTagger`). Where attributions nest, the inner source and cue
win over the outer content.

    training/attribution/train.sh              # the documented entry point
    python3 train.py --train T.jsonl --dev D.jsonl --out models/attribution-minilm [--fold 2/5]

With --fold i/k the articles of fold i of k are held out of training (cross-validation) and the
model is written to --out as usual; nothing of --dev is trained on in any case.
"""
import argparse
import json
import os
import random
import shutil
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import bert  # noqa: E402
import loop  # noqa: E402
from wordpiece import WordPiece  # noqa: E402

TAGS = ["O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT"]
MAX_PIECES = 254
PRIORITY = {"SOURCE": 3, "CUE": 2, "CONTENT": 1}


def paragraphs(text):
    """[start, end) of each paragraph: text between blank-line-free newlines, stripped."""
    out, start = [], 0
    for i, ch in enumerate(text + "\n"):
        if ch == "\n":
            seg = text[start:i]
            if seg.strip():
                left = start + len(seg) - len(seg.lstrip())
                out.append((left, start + len(seg.rstrip())))
            start = i + 1
    return out


def windows(tok, text):
    """Paragraphs packed into windows of at most MAX_PIECES pieces: [(ids, offsets)]."""
    out, ids, offs = [], [], []
    for start, end in paragraphs(text):
        p_ids, p_offs = tok.encode(text[start:end])
        p_offs = [(s + start, e + start) for s, e in p_offs]
        while len(p_ids) > MAX_PIECES:
            if ids:
                out.append((ids, offs))
                ids, offs = [], []
            out.append((p_ids[:MAX_PIECES], p_offs[:MAX_PIECES]))
            p_ids, p_offs = p_ids[MAX_PIECES:], p_offs[MAX_PIECES:]
        if len(ids) + len(p_ids) > MAX_PIECES:
            out.append((ids, offs))
            ids, offs = [], []
        ids, offs = ids + p_ids, offs + p_offs
    if ids:
        out.append((ids, offs))
    return out


def char_roles(doc):
    """For each character, the role that wins there and the id of the span piece it belongs to."""
    n = len(doc["text"])
    role, piece, rank = [None] * n, [None] * n, [0] * n
    for a in doc["attributions"]:
        for kind, key in (("SOURCE", "speaker_spans"), ("CUE", "cue_spans"), ("CONTENT", "content_spans")):
            for k, (s, e) in enumerate(a.get(key) or []):
                # Inner spans are shorter: among equal roles the shorter (inner) span wins.
                weight = PRIORITY[kind] * 100000 - (e - s)
                for i in range(max(0, s), min(n, e)):
                    if weight > rank[i]:
                        role[i], piece[i], rank[i] = kind, (a["id"], kind, k), weight
    return role, piece


def examples(tok, docs):
    out = []
    for doc in docs:
        role, piece = char_roles(doc)
        for ids, offs in windows(tok, doc["text"]):
            tags, previous = [], None
            for s, e in offs:
                chars = [i for i in range(s, e) if role[i]]
                if not chars:
                    tags.append(0)
                    previous = None
                    continue
                r, p = role[chars[0]], piece[chars[0]]
                tags.append(TAGS.index(("I-" if p == previous else "B-") + r))
                previous = p
            out.append(([tok.cls] + ids + [tok.sep], [-100] + tags + [-100]))
    return out


def batches_of(items, size, shuffle_seed=None):
    items = list(items)
    if shuffle_seed is not None:
        rnd = random.Random(shuffle_seed)
        rnd.shuffle(items)
        # Similar lengths together (within chunks of 50 batches) so padding stays small.
        chunks = [sorted(items[i:i + size * 50], key=lambda x: len(x[0])) for i in range(0, len(items), size * 50)]
        items = [x for c in chunks for x in c]
    out = []
    for i in range(0, len(items), size):
        group = items[i:i + size]
        width = max(len(x[0]) for x in group)
        ids = torch.zeros(len(group), width, dtype=torch.long)
        mask = torch.zeros(len(group), width, dtype=torch.long)
        labels = torch.full((len(group), width), -100, dtype=torch.long)
        for j, (x, y) in enumerate(group):
            ids[j, :len(x)] = torch.tensor(x)
            mask[j, :len(x)] = 1
            labels[j, :len(y)] = torch.tensor(y)
        out.append({"ids": ids, "mask": mask, "labels": labels})
    if shuffle_seed is not None:
        random.Random(shuffle_seed + 1).shuffle(out)
    return out


def loss_of(model, batch):
    logits = model(batch["ids"], batch["mask"], torch.zeros_like(batch["ids"]))
    return torch.nn.functional.cross_entropy(logits.reshape(-1, len(TAGS)), batch["labels"].reshape(-1), ignore_index=-100)


def span_f1(model, dev_batches):
    """Token-level F1 per role on held-out windows (a quick selection figure; the service's own evaluation is in Java)."""
    model.eval()
    counts = {r: [0, 0, 0] for r in ("SOURCE", "CUE", "CONTENT")}
    dev = next(model.parameters()).device
    with torch.no_grad():
        for b in dev_batches:
            pred = model(b["ids"].to(dev), b["mask"].to(dev), torch.zeros_like(b["ids"]).to(dev)).argmax(-1).cpu()
            gold = b["labels"]
            keep = gold != -100
            for r in counts:
                ids = [TAGS.index("B-" + r), TAGS.index("I-" + r)]
                p = (pred == ids[0]) | (pred == ids[1])
                g = (gold == ids[0]) | (gold == ids[1])
                counts[r][0] += int((p & g & keep).sum())
                counts[r][1] += int((p & keep).sum())
                counts[r][2] += int((g & keep).sum())
    return {r: round(2 * tp / max(1, np + ng), 4) for r, (tp, np, ng) in counts.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--base", required=True, help="fp32 ONNX BERT encoder to start from")
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", required=True, help="checkpoints and logs")
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--fold", default=None, help="i/k: hold out fold i of k of the training articles")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only this many training articles")
    args = ap.parse_args()

    bert.configure_threads()
    bert.seed_everything(13)
    tok = WordPiece(args.tokenizer)
    train_docs = [json.loads(l) for l in open(args.train, encoding="utf-8") if l.strip()]
    dev_docs = [json.loads(l) for l in open(args.dev, encoding="utf-8") if l.strip()]
    if args.fold:
        i, k = (int(x) for x in args.fold.split("/"))
        train_docs = [d for n, d in enumerate(sorted(train_docs, key=lambda d: d["doc"])) if n % k != i]
    if args.limit:
        train_docs, dev_docs = train_docs[:args.limit], dev_docs[:max(2, args.limit // 5)]
    train_ex, dev_ex = examples(tok, train_docs), examples(tok, dev_docs)
    loop.log(f"{len(train_docs)} training articles, {len(train_ex)} windows; {len(dev_docs)} dev articles, {len(dev_ex)} windows")

    layers = bert.layers_in_onnx(args.base)
    model = bert.TokenTagger(len(TAGS), layers=layers)
    fresh = bert.load_encoder_from_onnx(model, args.base)
    loop.log(f"encoder from {args.base}; new: {fresh}")
    model.to(bert.device())
    os.makedirs(args.work, exist_ok=True)
    per_epoch = (len(train_ex) + args.batch - 1) // args.batch
    total = int(per_epoch * args.epochs)
    dev_batches = batches_of(dev_ex, 32)
    best_path = os.path.join(args.work, "best.pt")
    best = {"score": -1}
    if os.path.exists(best_path + ".json"):
        best = json.load(open(best_path + ".json"))

    def on_epoch(epoch):
        f1 = span_f1(model, dev_batches)
        score = f1["SOURCE"] + f1["CUE"] + f1["CONTENT"]
        if score > best["score"]:
            best.update(score=score, epoch=epoch, f1=f1)
            torch.save(model.state_dict(), best_path)
            json.dump(best, open(best_path + ".json", "w"))
        return f1

    history = loop.train(model, lambda e: batches_of(train_ex, args.batch, shuffle_seed=e), total, args.lr,
                         os.path.join(args.work, "checkpoint.pt"), loss_of, on_epoch=on_epoch)
    # A run may end mid-epoch: the weights it ends with are measured too, and the better of those and the best epoch is kept.
    final = span_f1(model, dev_batches)
    loop.log(f"final weights: {final}")
    if sum(final.values()) >= best["score"]:
        best.update(score=sum(final.values()), epoch="final", f1=final)
    elif os.path.exists(best_path):
        model.load_state_dict(torch.load(best_path, map_location="cpu"))
    loop.log(f"kept {best.get('epoch')}: {best.get('f1')}")

    os.makedirs(args.out, exist_ok=True)
    fp32 = os.path.join(args.work, "model-fp32.onnx")
    bert.export_onnx(model, fp32, "tags")
    bert.quantize(fp32, os.path.join(args.out, "model.onnx"))
    shutil.copy(fp32, os.path.join(args.out, "model-fp32.onnx"))
    shutil.copy(args.tokenizer, os.path.join(args.out, "tokenizer.json"))
    config = {"architectures": ["BertForTokenClassification"], "model_type": "bert", "hidden_size": 384, "num_hidden_layers": layers,
              "max_pieces_per_window": MAX_PIECES, "id2label": {str(i): t for i, t in enumerate(TAGS)},
              "label2id": {t: i for i, t in enumerate(TAGS)}}
    json.dump(config, open(os.path.join(args.out, "config.json"), "w"), indent=2)
    json.dump({"history": history, "best": best, "train_articles": len(train_docs), "train_windows": len(train_ex),
               "epochs": args.epochs, "batch": args.batch, "lr": args.lr, "fold": args.fold,
               "base": os.path.basename(args.base), "layers": layers},
              open(os.path.join(args.out, "training.json"), "w"), indent=2)
    loop.log(f"wrote {args.out}")


if __name__ == "__main__":
    main()
