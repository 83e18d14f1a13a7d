package dl

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

// ImageDatastore is MATLAB's matlab.io.datastore.ImageDatastore: a list of
// image files with optional labels, read one (or ReadSize) at a time. Like
// MATLAB's datastores it is a handle: read advances the object every
// variable holding it sees.
type ImageDatastore struct {
	files    []string // absolute paths, in the datastore's order
	folders  []string
	labels   labelSet
	readSize int
	readFcn  value.Value  // a function handle, or undefined for the default reader
	caller   *interp.Call // the call ReadFcn runs from when no method call is at hand
	pos      int          // next file read returns
	cache    *imageCache  // decoded images, shared by copies with the same reader
}

// newImageDatastore returns a datastore over files with the default reader.
func newImageDatastore(files, folders []string, labels labelSet, caller *interp.Call) *ImageDatastore {
	return &ImageDatastore{files: files, folders: folders, labels: labels, readSize: 1, caller: caller, cache: newImageCache()}
}

// Class returns value.ObjectClass.
func (d *ImageDatastore) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (d *ImageDatastore) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns MATLAB's class name.
func (d *ImageDatastore) ClassName() string { return "matlab.io.datastore.ImageDatastore" }

// derive returns a new datastore over the files at positions idx, with the
// same reader, labels and settings, positioned at the start.
func (d *ImageDatastore) derive(idx []int) *ImageDatastore {
	files := make([]string, len(idx))
	for i, k := range idx {
		files[i] = d.files[k]
	}
	return &ImageDatastore{
		files: files, folders: d.folders, labels: d.labels.pick(idx),
		readSize: d.readSize, readFcn: d.readFcn, caller: d.caller, cache: d.cache,
	}
}

// customReader reports whether ReadFcn is a user function rather than the
// default reader.
func (d *ImageDatastore) customReader() bool { return d.readFcn.Defined() }

// defaultReadFcn is what the ReadFcn property shows for the default reader.
func defaultReadFcn() value.Value {
	return value.FromRef(&value.Func{Name: "readDatastoreImage", Text: "readDatastoreImage"})
}

// isDefaultReadFcn reports whether v is the handle defaultReadFcn returns.
func isDefaultReadFcn(v value.Value) bool {
	f, ok := v.Ref().(*value.Func)
	return ok && f.Impl == nil && f.Name == "readDatastoreImage"
}
