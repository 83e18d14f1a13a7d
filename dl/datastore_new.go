package dl

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imageDatastore", Fn: imageDatastoreFn, Doc: "imds = imageDatastore(location, Name,Value): datastore of image files in folders, files or wildcards ('IncludeSubfolders', 'FileExtensions', 'LabelSource','foldernames', 'Labels', 'ReadFcn', 'ReadSize')"},
	})
}

// imageDatastoreFn is imageDatastore(location, Name, Value).
// AlternateFileSystemRoots is accepted and has no effect: every file is
// local.
func imageDatastoreFn(c *interp.Call) ([]value.Value, error) {
	var loc, recursive, exts, source, labels, readFcn, readSize, roots value.Value
	if err := c.Unpack("location", &loc,
		"-IncludeSubfolders", &recursive, "-FileExtensions", &exts, "-LabelSource", &source,
		"-Labels", &labels, "-ReadFcn", &readFcn, "-ReadSize", &readSize,
		"-AlternateFileSystemRoots", &roots); err != nil {
		return nil, err
	}
	locations, ok := interp.TextList(loc)
	if !ok {
		return nil, value.Errorf("MATLAB:datastoreio:pathlookup:invalidLocation", "Invalid location. Location must be a character vector, a cell array of character vectors or a string array of file or folder names.")
	}
	sub := false
	if recursive.Defined() {
		b, err := (validator{fn: "imageDatastore", name: "IncludeSubfolders"}).logical(recursive)
		if err != nil {
			return nil, err
		}
		sub = b
	}
	extList := defaultImageExtensions
	if exts.Defined() {
		list, ok := interp.TextList(exts)
		if !ok {
			return nil, value.Errorf("MATLAB:datastoreio:pathlookup:invalidFileExtensions", "FileExtensions must be a character vector, a cell array of character vectors, or a string array, each starting with '.'.")
		}
		var err error
		if extList, err = normalizeExtensions(list); err != nil {
			return nil, err
		}
	}
	byFolder := false
	if source.Defined() {
		s, err := (validator{fn: "imageDatastore", name: "LabelSource"}).choice(source, "none", "foldernames")
		if err != nil {
			return nil, err
		}
		byFolder = s == "foldernames"
	}
	if byFolder && labels.Defined() {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:labelsAndLabelSource", "Specify either 'Labels' or 'LabelSource', not both.")
	}
	list, err := listImageFiles(locations, extList, sub)
	if err != nil {
		return nil, err
	}
	var ls labelSet
	if byFolder {
		ls = folderLabels(list.files)
	}
	d := newImageDatastore(list.files, list.folders, ls, c)
	for _, p := range []struct {
		name string
		v    value.Value
	}{{"Labels", labels}, {"ReadFcn", readFcn}, {"ReadSize", readSize}} {
		if p.v.Defined() {
			if _, err := d.SetProperty(p.name, p.v); err != nil {
				return nil, err
			}
		}
	}
	return []value.Value{value.FromRef(d)}, nil
}
