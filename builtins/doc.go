// Package builtins is gomat's general MATLAB library: construction, math,
// strings, cells and structs, files, images, categorical and table. Each
// family registers its table of built-ins with the interpreter from an init
// function in its own file.
package builtins
