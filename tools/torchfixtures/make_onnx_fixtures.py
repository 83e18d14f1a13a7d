#!/usr/bin/env python3
"""Fixtures for gomat's ONNX importer (engine/onnx tests).

Writes under the given folder (engine/onnx/testdata):

  tiny_efficientnet.onnx   torchvision's EfficientNet at the tiny size of
                           make_weight_fixtures.py (width 0.1, depth 0.5,
                           10 classes, 32x32 input), fixed random weights,
                           exported in eval mode at opset 13 with batch
                           normalization kept (not folded into the convs)
  small_cnn.onnx           a small CNN using the other operators: grouped
                           Conv, BatchNormalization, Clip (ReLU6), Relu,
                           MaxPool, AveragePool, ReduceMean, Flatten, Gemm,
                           MatMul + Add, Reshape, Softmax
  reference.json           per model: the preprocessed input (NCHW, float),
                           the logits and softmax scores torch computes

Usage (Debian python3-torch, python3-torchvision, python3-onnx; never
needed in CI):
  /usr/bin/python3 tools/torchfixtures/make_onnx_fixtures.py engine/onnx/testdata
"""
import json
import os
import sys

import onnx
import torch
from torchvision.models.efficientnet import EfficientNet, _efficientnet_conf

WIDTH, DEPTH, RES, CLASSES, BATCH = 0.1, 0.5, 32, 10, 2


def tiny_efficientnet(seed):
    torch.manual_seed(seed)
    setting, last = _efficientnet_conf("efficientnet_b0", width_mult=WIDTH, depth_mult=DEPTH)
    net = EfficientNet(setting, dropout=0.2, num_classes=CLASSES, last_channel=last)
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


class SmallCNN(torch.nn.Module):
    """Every remaining supported operator once."""

    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(3, 8, 3, stride=1, padding=(1, 2))
        self.bn1 = torch.nn.BatchNorm2d(8, eps=1e-3)
        self.pool1 = torch.nn.MaxPool2d(3, stride=2, padding=1)
        self.conv2 = torch.nn.Conv2d(8, 12, 3, padding=1, groups=4, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(12)
        self.pool2 = torch.nn.AvgPool2d(2, stride=2, count_include_pad=False)
        self.fc1 = torch.nn.Linear(12 * 8 * 8, 16)
        self.w2 = torch.nn.Parameter(torch.randn(16, CLASSES) * 0.3)
        self.b2 = torch.nn.Parameter(torch.randn(CLASSES) * 0.1)

    def forward(self, x):
        x = torch.nn.functional.relu6(self.bn1(self.conv1(x)))
        x = self.pool1(x)
        x = torch.relu(self.bn2(self.conv2(x)))
        x = self.pool2(x)
        y = x.mean(dim=(2, 3), keepdim=True)
        x = x * torch.sigmoid(y)
        x = torch.flatten(x, 1)
        x = torch.relu(self.fc1(x))
        x = x.reshape(-1, 16)
        x = torch.matmul(x, self.w2) + self.b2
        return torch.softmax(x, dim=1)


def small_cnn(seed):
    torch.manual_seed(seed)
    net = SmallCNN()
    g = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for m in net.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                c = m.num_features
                m.weight.copy_(1 + 0.2 * torch.randn(c, generator=g))
                m.bias.copy_(0.1 * torch.randn(c, generator=g))
                m.running_mean.copy_(0.1 * torch.randn(c, generator=g))
                m.running_var.copy_(0.5 + torch.rand(c, generator=g))
    return net.eval()


def export(net, name, out, seed, ref):
    x = torch.randn(BATCH, 3, RES, RES, generator=torch.Generator().manual_seed(seed))
    path = os.path.join(out, name + ".onnx")
    torch.onnx.export(net, x, path, opset_version=13, input_names=["input"], output_names=["output"],
                      dynamic_axes={"input": {0: "N"}, "output": {0: "N"}},
                      training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=True)
    model = onnx.load(path)
    onnx.checker.check_model(model)
    ops = sorted({n.op_type for n in model.graph.node})
    with torch.no_grad():
        y = net(x)
    if name == "small_cnn":
        scores, logits = y, torch.log(y)
    else:
        logits, scores = y, torch.softmax(y, dim=1)
    ref[name] = {"input": x.flatten().tolist(), "shape": list(x.shape),
                 "logits": logits.flatten().tolist(), "scores": scores.flatten().tolist(), "ops": ops}
    print(name, os.path.getsize(path), "bytes, ops:", " ".join(ops))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    ref = {}
    export(tiny_efficientnet(0), "tiny_efficientnet", out, 7, ref)
    export(small_cnn(3), "small_cnn", out, 8, ref)
    with open(os.path.join(out, "reference.json"), "w") as f:
        json.dump(ref, f)


if __name__ == "__main__":
    main()
