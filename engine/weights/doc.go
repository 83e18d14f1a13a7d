// Package weights brings pretrained EfficientNet weights into the engine:
// readers for PyTorch checkpoints (.pth: zip + a restricted pickle that can
// never run code), safetensors files and the engine's own save format;
// name maps from torchvision's and timm's module names onto the layer names
// of engine/efficientnet graphs, with the layout conversion and a shape
// check for every tensor; a cache of installed weights
// ($GOMAT_HOME/weights) with the published torchvision checkpoints; and a
// resumable, checksum-verified downloader.
//
// The padding and input normalisation of the network follow the weights'
// origin: PyTorch-trained weights (torchvision, timm) use symmetric padding
// and ImageNet mean/std normalisation on 0…255 pixels; TF-ported weights
// (timm's tf_efficientnet_*) use TF 'same' padding and batch-normalization
// epsilon 1e-3.
package weights
