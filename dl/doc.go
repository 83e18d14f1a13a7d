// Package dl is gomat's Deep Learning Toolbox: MATLAB's layer objects and
// layer arrays, layer graphs, DAGNetwork and SeriesNetwork objects,
// efficientnetb0 and friends, trainingOptions, trainNetwork with MATLAB's
// verbose table and a training-progress figure written to a PNG, classify,
// predict, activations, confusionmat and confusionchart.
//
// The numeric work is done by gomat/engine: the objects here carry MATLAB's
// properties and display, and translate to engine layers when a network is
// assembled or trained. Image data reaches trainNetwork through the
// MiniBatchSource interface (dl/batch.go), which the datastores implement,
// or from numeric arrays.
package dl
