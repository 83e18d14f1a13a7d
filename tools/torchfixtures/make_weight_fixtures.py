#!/usr/bin/env python3
"""Fixtures for gomat's weight readers (engine/weights tests).

Builds torchvision's own EfficientNet class at a small width/depth
(width 0.1, depth 0.5, 10 classes, 32x32 input) with fixed random weights
and batch-norm statistics, runs it in eval mode on a fixed input, and writes
under testdata/weights/:

  tv_tiny.pth               torch.save(state_dict) (zip + pickle), float32
  tv_tiny_f16.pth           the same weights as float16 (HalfStorage)
  tv_tiny.safetensors       torchvision names (features.0.0.weight, ...)
  timm_tiny.safetensors     the same weights under timm names (conv_stem.weight, ...)
  tf_efficientnet_tiny.safetensors
                            timm names, other weights, evaluated with
                            TF 'same' padding and batch-norm epsilon 1e-3
                            (what timm's tf_efficientnet_* models do)
  reference.safetensors     input (N x H x W x 3, 0..255 pixels, NHWC),
                            logits_symmetric, logits_tf and the configuration
  seed_small.pth            a four-tensor state dict (float32, a transposed
                            view, float16, int64): the fuzzers' seed

Usage (Debian python3-torch + python3-torchvision; never needed in CI):
  /usr/bin/python3 tools/torchfixtures/make_weight_fixtures.py testdata/weights
  /usr/bin/python3 tools/torchfixtures/make_weight_fixtures.py --full /tmp/b0.pth
The --full form writes a full-size, randomly initialised torchvision
efficientnet_b0 state dict (about 21 MB; not committed) and, beside it,
FILE.ref.safetensors with a 224x224 input and PyTorch's logits for it, for
the load timing and parity check of engine/weights' TestFullB0.
"""
import json
import os
import struct
import sys

import torch
import torch.nn.functional as F
from torchvision.models import efficientnet_b0
from torchvision.models.efficientnet import EfficientNet, _efficientnet_conf

WIDTH, DEPTH, RES, CLASSES, BATCH = 0.1, 0.5, 32, 10, 2
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


def tiny(seed, eps):
    torch.manual_seed(seed)
    setting, last = _efficientnet_conf("efficientnet_b0", width_mult=WIDTH, depth_mult=DEPTH)
    norm = lambda c: torch.nn.BatchNorm2d(c, eps=eps)
    net = EfficientNet(setting, dropout=0.2, num_classes=CLASSES, last_channel=last, norm_layer=norm)
    g = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for m in net.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                c = m.num_features
                m.weight.copy_(1 + 0.2 * torch.randn(c, generator=g))
                m.bias.copy_(0.1 * torch.randn(c, generator=g))
                m.running_mean.copy_(0.1 * torch.randn(c, generator=g))
                m.running_var.copy_(0.5 + torch.rand(c, generator=g))
            elif isinstance(m, (torch.nn.Conv2d, torch.nn.Linear)) and m.bias is not None:
                m.bias.copy_(0.1 * torch.randn(m.bias.shape, generator=g))
    return net.eval()


def tf_same_padding(net):
    """Make every convolution pad TF-style ('same', extra row/column at the
    bottom/right) instead of symmetrically."""
    def hook(conv, args):
        x = args[0]
        k, s = conv.kernel_size[0], conv.stride[0]
        h = x.shape[2]
        out = (h + s - 1) // s
        total = max((out - 1) * s + k - h, 0)
        return (F.pad(x, [total // 2, total - total // 2] * 2),)
    for m in net.modules():
        if isinstance(m, torch.nn.Conv2d):
            m.padding = (0, 0)
            m.register_forward_pre_hook(hook)


def timm_names(sd):
    """Rename a torchvision EfficientNet-B* state dict to timm's names."""
    out = {}
    for k, v in sd.items():
        p = k.split(".")
        if p[0] == "classifier":
            n = "classifier." + p[2]
        elif p[0] == "features" and p[1] == "0":
            n = ("conv_stem." if p[2] == "0" else "bn1.") + p[3]
        elif p[0] == "features" and p[1] == "8":
            n = ("conv_head." if p[2] == "0" else "bn2.") + p[3]
        else:
            stage, blk, sub = int(p[1]) - 1, p[2], int(p[4])
            expanded = stage > 0
            parts = (["conv_pw", "conv_dw", "se", "conv_pwl"] if expanded else ["conv_dw", "se", "conv_pw"])
            bns = (["bn1", "bn2", None, "bn3"] if expanded else ["bn1", None, "bn2"])
            kind = parts[sub]
            if kind == "se":
                n = "se." + {"fc1": "conv_reduce", "fc2": "conv_expand"}[p[5]] + "." + p[6]
            elif p[5] == "0":
                n = kind + "." + p[6]
            else:
                n = bns[sub] + "." + p[6]
            n = "blocks.%d.%s.%s" % (stage, blk, n)
        out[n] = v
    return out


def write_safetensors(path, tensors, meta=None):
    header, blobs, off = {}, [], 0
    if meta:
        header["__metadata__"] = meta
    for name, t in tensors.items():
        if t.dtype == torch.int64:
            dt = "I64"
        else:
            t, dt = t.to(torch.float32), "F32"
        b = t.contiguous().numpy().tobytes()
        header[name] = {"dtype": dt, "shape": list(t.shape), "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def logits(net, x):
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    with torch.no_grad():
        return net((x.permute(0, 3, 1, 2) / 255 - mean) / std)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--full":
        torch.manual_seed(0)
        net = efficientnet_b0()
        # Running statistics from one batch, so that the randomly initialised
        # network's eval-mode logits do not vanish (with the default mean 0,
        # variance 1 they are about 1e-14 and would test nothing).
        for m in net.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.momentum = None
        net.train()
        x = torch.rand(4, 224, 224, 3, generator=torch.Generator().manual_seed(7)) * 255
        logits(net, x)
        net.eval()
        torch.save(net.state_dict(), sys.argv[2])
        x = x[:1]
        write_safetensors(sys.argv[2] + ".ref.safetensors", {"input": x, "logits": logits(net, x)})
        print("wrote", sys.argv[2], os.path.getsize(sys.argv[2]), "bytes")
        return
    out = sys.argv[1] if len(sys.argv) > 1 else "testdata/weights"
    os.makedirs(out, exist_ok=True)
    x = torch.rand(BATCH, RES, RES, 3, generator=torch.Generator().manual_seed(7)) * 255

    sym = tiny(11, 1e-5)
    sd = sym.state_dict()
    torch.save(sd, os.path.join(out, "tv_tiny.pth"))
    torch.save({k: (v.half() if v.is_floating_point() else v) for k, v in sd.items()},
               os.path.join(out, "tv_tiny_f16.pth"))
    write_safetensors(os.path.join(out, "tv_tiny.safetensors"), sd)
    write_safetensors(os.path.join(out, "timm_tiny.safetensors"), timm_names(sd))

    tf = tiny(23, 1e-3)
    tf_same_padding(tf)
    write_safetensors(os.path.join(out, "tf_efficientnet_tiny.safetensors"), timm_names(tf.state_dict()))

    w = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    torch.save({"w": w, "wt": w.t(), "h": torch.tensor([1.5, -2.0], dtype=torch.float16),
                "n": torch.tensor(3)}, os.path.join(out, "seed_small.pth"))

    ref = {"input": x, "logits_symmetric": logits(sym, x), "logits_tf": logits(tf, x)}
    meta = {"width": str(WIDTH), "depth": str(DEPTH), "resolution": str(RES), "classes": str(CLASSES),
            "torch": torch.__version__}
    write_safetensors(os.path.join(out, "reference.safetensors"), ref, meta)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
