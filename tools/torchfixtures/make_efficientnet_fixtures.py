#!/usr/bin/env python3
"""Reference fixtures for gomat's EfficientNet engine (engine/ parity tests).

Builds a reduced EfficientNet (width 0.25, depth 0.1, 64x64 input, 5 classes)
directly from torch.nn.functional ops in float64, with fixed random weights,
in both padding conventions (TF 'same' and symmetric), runs one training-mode
forward and backward pass on a fixed batch and writes, per convention, a
safetensors file under testdata/engine/ with:

  input            N x 64 x 64 x 3 (NHWC, 0..255 pixels)
  labels           N (class indices stored as float32)
  logits           N x 5 (fully connected output)
  loss             1 (mean cross-entropy)
  param/<layer>/<Weights|Bias|Scale|Offset>   in the engine's layouts
  grad/<layer>/<...>                           d loss / d param
  state/<layer>/<TrainedMean|TrainedVariance>  after the forward pass
                                               (from mean 0 / variance 1)

Layer names follow MATLAB's efficientnetb0 graph with prefix "efficientnet".
Conv weights are stored [kh, kw, in/groups, out]; fully connected [out, in].

Usage (Debian python3-torch, never needed in CI):
  /usr/bin/python3 tools/torchfixtures/make_efficientnet_fixtures.py testdata/engine
"""
import json
import math
import os
import struct
import sys

import torch
import torch.nn.functional as F

WIDTH, DEPTH, RES, CLASSES, BATCH = 0.25, 0.1, 64, 5, 4
EPS, MOMENTUM = 1e-3, 0.1
MEAN = [120.0, 115.0, 100.0]
STD = [60.0, 55.0, 57.0]
# expand, kernel, stride, repeats, in, out (EfficientNet-B0 stage table)
STAGES = [(1, 3, 1, 1, 32, 16), (6, 3, 2, 2, 16, 24), (6, 5, 2, 2, 24, 40),
          (6, 3, 2, 3, 40, 80), (6, 5, 1, 3, 80, 112), (6, 5, 2, 4, 112, 192),
          (6, 3, 1, 1, 192, 320)]


def round_filters(c):
    f = c * WIDTH
    n = max(8, int(f + 4) // 8 * 8)
    if n < 0.9 * f:
        n += 8
    return n


def round_repeats(r):
    return int(math.ceil(DEPTH * r))


class Net:
    """Parameters and forward pass of the reduced EfficientNet."""

    def __init__(self, symmetric, gen):
        self.symmetric = symmetric
        self.gen = gen
        self.params = {}  # name -> (tensor, kind)
        self.bn_state = {}

    def randn(self, *shape, std=1.0):
        return (torch.randn(*shape, generator=self.gen, dtype=torch.float64) * std)

    def conv_param(self, name, cin, cout, k, groups, bias):
        if name not in self.params:
            fan_out = k * k * cout // groups
            w = self.randn(cout, cin // groups, k, k, std=math.sqrt(2.0 / fan_out))
            self.params[name] = {"Weights": w.requires_grad_()}
            if bias:
                self.params[name]["Bias"] = self.randn(cout, std=0.1).requires_grad_()
        return self.params[name]

    def conv(self, x, name, cout, k, stride=1, groups=1, bias=False):
        p = self.conv_param(name, x.shape[1], cout, k, groups, bias)
        h = x.shape[2]
        if self.symmetric:
            pad = [(k - 1) // 2] * 4
        else:
            out = (h + stride - 1) // stride
            total = max((out - 1) * stride + k - h, 0)
            pad = [total // 2, total - total // 2] * 2  # left right top bottom
        x = F.pad(x, pad)
        return F.conv2d(x, p["Weights"], p.get("Bias"), stride=stride, groups=groups)

    def bn(self, x, name):
        c = x.shape[1]
        if name not in self.params:
            scale = (1 + 0.2 * self.randn(c)).requires_grad_()
            offset = self.randn(c, std=0.1).requires_grad_()
            self.params[name] = {"Scale": scale, "Offset": offset}
            self.bn_state[name] = [torch.zeros(c, dtype=torch.float64), torch.ones(c, dtype=torch.float64)]
        p, s = self.params[name], self.bn_state[name]
        return F.batch_norm(x, s[0], s[1], p["Scale"], p["Offset"], training=True, momentum=MOMENTUM, eps=EPS)

    def forward(self, x):
        m = "efficientnet|model|"
        mean = torch.tensor(MEAN, dtype=torch.float64).view(1, 3, 1, 1)
        std = torch.tensor(STD, dtype=torch.float64).view(1, 3, 1, 1)
        x = (x - mean) / std
        x = self.conv(x, m + "stem|conv2d|Conv2D", round_filters(32), 3, 2)
        x = swish(self.bn(x, m + "stem|tpu_batch_normalization|FusedBatchNorm"))
        idx, se_num = 0, 301
        for e, k, s, r, cin, cout in STAGES:
            cin, cout = round_filters(cin), round_filters(cout)
            for j in range(round_repeats(r)):
                stride = s if j == 0 else 1
                if j > 0:
                    cin = cout
                residual = stride == 1 and cin == cout
                if idx > 0:
                    se_num += 10 if residual else 8
                x = self.block(x, idx, cin, cout, e, k, stride, se_num, residual)
                idx += 1
        x = self.conv(x, m + "head|conv2d|Conv2D", round_filters(1280), 1)
        x = swish(self.bn(x, m + "head|tpu_batch_normalization|FusedBatchNorm"))
        x = x.mean(dim=(2, 3))
        name = m + "head|dense|MatMul"
        if name not in self.params:
            r = 1 / math.sqrt(CLASSES)
            w = (torch.rand(CLASSES, x.shape[1], generator=self.gen, dtype=torch.float64) * 2 - 1) * r
            self.params[name] = {"Weights": w.requires_grad_(), "Bias": self.randn(CLASSES, std=0.1).requires_grad_()}
        p = self.params[name]
        return F.linear(x, p["Weights"], p["Bias"])

    def block(self, x, idx, cin, cout, e, k, stride, se_num, residual):
        p = "efficientnet|model|blocks_%d|" % idx
        inp = x
        mid = cin * e
        bns = iter([p + "tpu_batch_normalization|FusedBatchNorm"] +
                   [p + "tpu_batch_normalization_%d|FusedBatchNorm" % i for i in (1, 2)])
        if e != 1:
            x = swish(self.bn(self.conv(x, p + "conv2d|Conv2D", mid, 1), next(bns)))
        x = swish(self.bn(self.conv(x, p + "depthwise_conv2d|depthwise", mid, k, stride, groups=mid), next(bns)))
        g = x.mean(dim=(2, 3), keepdim=True)
        g = swish(self.conv(g, "Conv__%d" % se_num, max(1, cin // 4), 1, bias=True))
        g = torch.sigmoid(self.conv(g, "Conv__%d" % (se_num + 3), mid, 1, bias=True))
        x = x * g
        proj = p + ("conv2d_1|Conv2D" if e != 1 else "conv2d|Conv2D")
        x = self.bn(self.conv(x, proj, cout, 1), next(bns))
        return x + inp if residual else x


def swish(x):
    return x * torch.sigmoid(x)


def engine_layout(kind, t):
    t = t.detach()
    if kind == "Weights" and t.dim() == 4:
        t = t.permute(2, 3, 1, 0)
    return t.contiguous().to(torch.float32)


def write_safetensors(path, tensors, meta):
    header, blobs, off = {"__metadata__": meta}, [], 0
    for name, t in tensors.items():
        b = t.to(torch.float32).contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "testdata/engine"
    os.makedirs(outdir, exist_ok=True)
    for symmetric in (False, True):
        gen = torch.Generator().manual_seed(1234)
        x = torch.rand(BATCH, RES, RES, 3, generator=gen, dtype=torch.float64) * 255
        labels = torch.tensor([0, 3, 1, 4])
        net = Net(symmetric, gen)
        logits = net.forward(x.permute(0, 3, 1, 2))
        loss = F.cross_entropy(logits, labels)
        loss.backward()
        out = {"input": x, "labels": labels.to(torch.float64), "logits": logits.detach(),
               "loss": loss.detach().reshape(1)}
        for layer, ps in net.params.items():
            for kind, t in ps.items():
                out["param/%s/%s" % (layer, kind)] = engine_layout(kind, t)
                out["grad/%s/%s" % (layer, kind)] = engine_layout(kind, t.grad)
        for layer, (mean, var) in net.bn_state.items():
            out["state/%s/TrainedMean" % layer] = mean
            out["state/%s/TrainedVariance" % layer] = var
        name = "efficientnet_reduced_%s.safetensors" % ("symmetric" if symmetric else "tf")
        meta = {"width": str(WIDTH), "depth": str(DEPTH), "resolution": str(RES), "classes": str(CLASSES),
                "padding": "symmetric" if symmetric else "tf", "mean": json.dumps(MEAN), "std": json.dumps(STD),
                "torch": torch.__version__}
        write_safetensors(os.path.join(outdir, name), out, meta)
        print(name, "loss", loss.item(), "params", sum(t.numel() for ps in net.params.values() for t in ps.values()))


if __name__ == "__main__":
    main()
