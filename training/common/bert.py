"""A plain BERT encoder in PyTorch, loaded from and exported to the ONNX files the service runs.

No `transformers` here (PyPI is out of reach): the 6-layer MiniLM the project bundles is small
enough to write down. Weights come from an fp32 ONNX file in the same layout (initializers named
`m.we.weight`, `m.layers.N.q.bias`, ...; the projection matrices are anonymous MatMul inputs,
found by the bias added right after them). Export writes fp32 ONNX, then `quantize` rewrites it
to int8 the way ONNX Runtime's dynamic quantisation does (DynamicQuantizeLinear + MatMulInteger), with
the weights stored as uint8 (see `quantize`).
"""
import math
import os
import random
import re

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import helper, numpy_helper, TensorProto


def configure_threads():
    """All cores: Debian's torch starts with one thread."""
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", os.cpu_count() or 1)))


def device():
    """CUDA when present, else CPU: the same recipe runs on both."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class Layer(nn.Module):
    def __init__(self, hidden, heads, inner):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(hidden, hidden) for _ in range(4))
        self.ln1 = nn.LayerNorm(hidden, eps=1e-12)
        self.i = nn.Linear(hidden, inner)
        self.out = nn.Linear(inner, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, h = x.shape
        d = h // self.heads

        def split(t):
            return t.view(b, n, self.heads, d).transpose(1, 2)

        scores = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(d) + bias
        attn = self.drop(torch.softmax(scores, dim=-1))
        ctx = (attn @ split(self.v(x))).transpose(1, 2).reshape(b, n, h)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.out(nn.functional.gelu(self.i(x)))))


class Encoder(nn.Module):
    def __init__(self, vocab=30522, hidden=384, layers=6, heads=12, inner=1536, positions=512):
        super().__init__()
        self.we = nn.Embedding(vocab, hidden)
        self.pe = nn.Embedding(positions, hidden)
        self.te = nn.Embedding(2, hidden)
        self.ln = nn.LayerNorm(hidden, eps=1e-12)
        self.layers = nn.ModuleList(Layer(hidden, heads, inner) for _ in range(layers))
        self.drop = nn.Dropout(0.1)

    def forward(self, ids, mask, types):
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.we(ids) + self.pe(positions) + self.te(types)))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x


class PairClassifier(nn.Module):
    """BERT cross-encoder: pooled [CLS] (dense + tanh) then a linear head, as BertForSequenceClassification."""

    def __init__(self, labels):
        super().__init__()
        self.m = Encoder()
        self.m.pool = nn.Linear(384, 384)
        self.m.cls = nn.Linear(384, labels)
        self.drop = nn.Dropout(0.1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        x = self.m(input_ids, attention_mask, token_type_ids)
        return self.m.cls(self.drop(torch.tanh(self.m.pool(x[:, 0]))))


class TokenTagger(nn.Module):
    """BERT with a linear tag head over every word piece, as BertForTokenClassification."""

    def __init__(self, labels, layers=6):
        super().__init__()
        self.m = Encoder(layers=layers)
        self.m.tag = nn.Linear(384, labels)
        self.drop = nn.Dropout(0.1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.m.tag(self.drop(self.m(input_ids, attention_mask, token_type_ids)))


# HuggingFace's BERT names (as in the ONNX exports of sentence encoders such as bge-small-en-v1.5)
# to this file's: the same weights under other names.
HF_NAMES = [
    (r"^embeddings\.word_embeddings\.", "m.we."), (r"^embeddings\.position_embeddings\.", "m.pe."),
    (r"^embeddings\.token_type_embeddings\.", "m.te."), (r"^embeddings\.LayerNorm\.", "m.ln."),
    (r"^encoder\.layer\.(\d+)\.attention\.self\.query\.", r"m.layers.\1.q."),
    (r"^encoder\.layer\.(\d+)\.attention\.self\.key\.", r"m.layers.\1.k."),
    (r"^encoder\.layer\.(\d+)\.attention\.self\.value\.", r"m.layers.\1.v."),
    (r"^encoder\.layer\.(\d+)\.attention\.output\.dense\.", r"m.layers.\1.o."),
    (r"^encoder\.layer\.(\d+)\.attention\.output\.LayerNorm\.", r"m.layers.\1.ln1."),
    (r"^encoder\.layer\.(\d+)\.intermediate\.dense\.", r"m.layers.\1.i."),
    (r"^encoder\.layer\.(\d+)\.output\.dense\.", r"m.layers.\1.out."),
    (r"^encoder\.layer\.(\d+)\.output\.LayerNorm\.", r"m.layers.\1.ln2."),
]


def own_name(name):
    for pattern, replacement in HF_NAMES:
        if re.match(pattern, name):
            return re.sub(pattern, replacement, name)
    return name


def layers_in_onnx(path):
    """How many transformer layers the encoder in an fp32 ONNX file has (either naming)."""
    names = [own_name(t.name) for t in onnx.load(path).graph.initializer]
    return 1 + max(int(m.group(1)) for m in (re.match(r"m\.layers\.(\d+)\.", n) for n in names) if m)


def load_encoder_from_onnx(model, path):
    """Copies the encoder (and any same-named head) weights of an fp32 ONNX file into `model`."""
    graph = onnx.load(path).graph
    for t in graph.initializer:
        t.name = own_name(t.name)
    for node in graph.node:
        node.input[:] = [own_name(i) for i in node.input]
    init = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    # The projection matrices: MatMul(x, W) followed by Add(bias, ...) where bias is named.
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    state = {}
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in init:
            continue
        for after in consumers.get(node.output[0], []):
            bias = next((i for i in after.input if i.endswith(".bias") and i in init), None)
            if after.op_type == "Add" and bias:
                state[bias[: -len(".bias")] + ".weight"] = init[node.input[1]].T
    for name, value in init.items():
        if name.startswith("m."):
            state[name] = value
    own = model.state_dict()
    loaded = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items() if k in own and tuple(own[k].shape) == v.shape}
    missing = [k for k in own if k.startswith("m.") and not k.startswith(("m.pool", "m.cls", "m.tag")) and k not in loaded]
    if missing:
        raise ValueError(f"{path}: no weights for {missing[:5]}")
    model.load_state_dict(loaded, strict=False)
    return sorted(k for k in own if k not in loaded)


def export_onnx(model, path, output_name):
    model.eval()
    ids = torch.tensor([[101, 2023, 2003, 102, 1037, 102]])
    dynamic = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
               "token_type_ids": {0: "batch", 1: "sequence"}, output_name: {0: "batch"}}
    if output_name == "tags":
        dynamic[output_name] = {0: "batch", 1: "sequence"}
    with torch.no_grad():
        torch.onnx.export(model.cpu(), (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=[output_name],
                          dynamic_axes=dynamic, opset_version=14)


def quantize(src, dst):
    """Dynamic int8: weights per output column, activations per tensor at run time; embeddings per row.

    MatMul weights are stored as uint8 with zero point 128 (the int8 value plus 128: the same numbers). With int8 weights,
    ONNX Runtime's AVX2 kernel for uint8 activations x int8 weights (CPUs without VNNI) adds pairs of products in 16 bits
    and saturates, so the same model scored the same pair differently on different CPUs (seen: 0.24 against 0.5+ for one
    seed pair); its uint8 x uint8 kernels do not saturate on any CPU.
    """
    model = onnx.load(src)
    graph = model.graph
    init = {t.name: t for t in graph.initializer}
    nodes, new_init, dropped = [], [], set()
    for node in graph.node:
        w = init.get(node.input[1]) if node.op_type == "MatMul" and len(node.input) > 1 else None
        if w is not None and len(w.dims) == 2 and w.dims[0] * w.dims[1] >= 16384:
            weight = numpy_helper.to_array(w)
            scale = np.maximum(np.abs(weight).max(axis=0), 1e-8) / 127.0
            q = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
            p = node.output[0] + "_q"
            new_init += [numpy_helper.from_array((q.astype(np.int16) + 128).astype(np.uint8), p + "_Wq"),
                         numpy_helper.from_array(scale.astype(np.float32), p + "_Ws"),
                         numpy_helper.from_array(np.full(q.shape[1], 128, np.uint8), p + "_Wzp")]
            dropped.add(w.name)
            nodes += [helper.make_node("DynamicQuantizeLinear", [node.input[0]], [p + "_xq", p + "_xs", p + "_xzp"]),
                      helper.make_node("MatMulInteger", [p + "_xq", p + "_Wq", p + "_xzp", p + "_Wzp"], [p + "_i32"]),
                      helper.make_node("Cast", [p + "_i32"], [p + "_f"], to=TensorProto.FLOAT),
                      helper.make_node("Mul", [p + "_xs", p + "_Ws"], [p + "_s"]),
                      helper.make_node("Mul", [p + "_f", p + "_s"], [node.output[0]])]
            continue
        table = init.get(node.input[0]) if node.op_type == "Gather" else None
        if table is not None and table.name == "m.we.weight":
            weight = numpy_helper.to_array(table)
            scale = (np.maximum(np.abs(weight).max(axis=1), 1e-8) / 127.0).astype(np.float32)
            q = np.clip(np.round(weight / scale[:, None]), -127, 127).astype(np.int8)
            p = node.output[0] + "_q"
            new_init += [numpy_helper.from_array(q, p + "_Eq"), numpy_helper.from_array(scale[:, None], p + "_Es")]
            dropped.add(table.name)
            nodes += [helper.make_node("Gather", [p + "_Eq", node.input[1]], [p + "_rows"]),
                      helper.make_node("Cast", [p + "_rows"], [p + "_rowsf"], to=TensorProto.FLOAT),
                      helper.make_node("Gather", [p + "_Es", node.input[1]], [p + "_rs"]),
                      helper.make_node("Mul", [p + "_rowsf", p + "_rs"], [node.output[0]])]
            continue
        nodes.append(node)
    kept = [t for t in graph.initializer if t.name not in dropped]
    del graph.node[:]
    graph.node.extend(nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + new_init)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


def weights_as_uint8(src, dst):
    """A model `quantize` wrote before its weights were uint8: the same numbers, rewritten as uint8 with zero point 128."""
    model = onnx.load(src)
    init = {t.name: t for t in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        w, zp = init[node.input[1]], init[node.input[3]]
        q, z = numpy_helper.to_array(w), numpy_helper.to_array(zp)
        if q.dtype == np.uint8:
            continue
        assert q.dtype == np.int8 and not z.any(), f"{w.name}: not symmetric int8"
        w.CopyFrom(numpy_helper.from_array((q.astype(np.int16) + 128).astype(np.uint8), w.name))
        zp.CopyFrom(numpy_helper.from_array(np.full(z.shape, 128, np.uint8), zp.name))
    onnx.checker.check_model(model)
    onnx.save(model, dst)


if __name__ == "__main__":
    # python3 training/common/bert.py --weights-as-uint8 model.onnx [out.onnx]: rewrites an older int8 export in place or to out.
    import sys
    if len(sys.argv) >= 3 and sys.argv[1] == "--weights-as-uint8":
        weights_as_uint8(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else sys.argv[2])
    else:
        sys.exit("usage: bert.py --weights-as-uint8 model.onnx [out.onnx]")
