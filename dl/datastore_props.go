package dl

import (
	"os"
	"path/filepath"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// imageDatastoreProps are the properties of an ImageDatastore, in display
// order.
var imageDatastoreProps = []string{"Files", "Folders", "Labels", "AlternateFileSystemRoots", "ReadSize", "SupportedOutputFormats", "DefaultOutputFormat", "ReadFcn"}

// supportedOutputFormats are the formats writeall could write, as MATLAB
// lists them.
var supportedOutputFormats = []string{"png", "jpg", "jpeg", "tif", "tiff"}

// PropertyNames lists the properties, for properties() and fieldnames().
func (d *ImageDatastore) PropertyNames() []string { return imageDatastoreProps }

// GetProperty returns imds.Name.
func (d *ImageDatastore) GetProperty(name string) (value.Value, error) {
	switch name {
	case "Files":
		return cellColumn(d.files), nil
	case "Folders":
		return cellColumn(d.folders), nil
	case "Labels":
		return d.labels.value(), nil
	case "AlternateFileSystemRoots":
		return value.FromRef(value.NewCell(value.Dims{0, 0})), nil
	case "ReadSize":
		return value.Num(float64(d.readSize)), nil
	case "SupportedOutputFormats":
		return value.FromRef(value.NewStringArray(value.Dims{1, len(supportedOutputFormats)}, append([]string(nil), supportedOutputFormats...))), nil
	case "DefaultOutputFormat":
		return value.String("png"), nil
	case "ReadFcn":
		if d.customReader() {
			return d.readFcn, nil
		}
		return defaultReadFcn(), nil
	}
	return value.Value{}, unknownProperty(name, d.ClassName())
}

// SetProperty sets imds.Name = v and returns the (same, handle) datastore.
func (d *ImageDatastore) SetProperty(name string, v value.Value) (value.Value, error) {
	switch name {
	case "Files":
		return value.FromRef(d), d.setFiles(v)
	case "Labels":
		l, err := labelsFromValue(v, len(d.files))
		if err != nil {
			return value.Value{}, err
		}
		d.labels = l
	case "ReadSize":
		n, err := (validator{fn: "imageDatastore", name: "ReadSize"}).posInt(v, false)
		if err != nil {
			return value.Value{}, err
		}
		d.readSize = int(n)
	case "ReadFcn":
		if _, ok := v.Ref().(*value.Func); !ok {
			return value.Value{}, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidReadFcn", "ReadFcn must be a function handle.")
		}
		d.readFcn = value.Value{}
		if !isDefaultReadFcn(v) {
			value.Retain(v)
			d.readFcn = v
		}
	case "Folders", "AlternateFileSystemRoots", "SupportedOutputFormats", "DefaultOutputFormat":
		return value.Value{}, value.Errorf("MATLAB:class:SetProhibited", "Unable to set the '%s' property of class 'ImageDatastore' because it is read-only.", name)
	default:
		return value.Value{}, unknownProperty(name, d.ClassName())
	}
	return value.FromRef(d), nil
}

// setFiles replaces the file list. Labels survive when the number of files
// is unchanged and are dropped otherwise.
func (d *ImageDatastore) setFiles(v value.Value) error {
	names, ok := interp.TextList(v)
	if !ok {
		return value.Errorf("MATLAB:datastoreio:imagedatastore:invalidFiles", "Files must be a character vector, a cell array of character vectors or a string array.")
	}
	files := make([]string, len(names))
	for i, n := range names {
		abs, err := filepath.Abs(n)
		if err != nil {
			return notFoundError(n)
		}
		if _, err := os.Stat(abs); err != nil {
			return notFoundError(n)
		}
		files[i] = abs
	}
	if len(files) != len(d.files) {
		d.labels = labelSet{}
	}
	d.files, d.pos = files, 0
	return nil
}

// cellColumn returns strs as an n×1 cell array of char rows.
func cellColumn(strs []string) value.Value {
	elems := make([]value.Value, len(strs))
	for i, s := range strs {
		elems[i] = value.Str(s)
	}
	d := value.Dims{len(strs), 1}
	if len(strs) == 0 {
		d = value.Dims{0, 1}
	}
	return value.FromRef(value.NewCellFrom(d, elems))
}

// unknownProperty is MATLAB's error for obj.name with no such property.
func unknownProperty(name, class string) error {
	return value.Errorf("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '%s' for class '%s'.", name, class)
}
