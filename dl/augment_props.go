package dl

import (
	"io"

	"gomat/lang/display"
	"gomat/lang/value"
)

// PropertyNames lists the properties in display order; Files and
// AlternateFileSystemRoots exist only for images read from files.
func (a *AugmentedImageDatastore) PropertyNames() []string {
	names := []string{"NumObservations"}
	if a.base.imds != nil {
		names = append(names, "Files", "AlternateFileSystemRoots")
	}
	return append(names, "MiniBatchSize", "DataAugmentation", "ColorPreprocessing", "OutputSize", "OutputSizeMode", "DispatchInBackground")
}

// GetProperty returns auimds.Name.
func (a *AugmentedImageDatastore) GetProperty(name string) (value.Value, error) {
	switch name {
	case "NumObservations":
		return value.Num(float64(len(a.order))), nil
	case "MiniBatchSize":
		return value.Num(float64(a.miniBatch)), nil
	case "DataAugmentation":
		if a.cfg.aug == nil {
			return value.Str("none"), nil
		}
		return value.FromRef(a.cfg.aug), nil
	case "ColorPreprocessing":
		return value.Str(a.cfg.color), nil
	case "OutputSize":
		return value.RowVector([]float64{float64(a.cfg.outH), float64(a.cfg.outW)}), nil
	case "OutputSizeMode":
		return value.Str(a.cfg.mode), nil
	case "DispatchInBackground":
		return value.Bool(a.dispatch), nil
	}
	if a.base.imds != nil {
		switch name {
		case "Files":
			files := make([]string, len(a.order))
			for k, i := range a.order {
				files[k] = a.base.imds.files[i]
			}
			return cellColumn(files), nil
		case "AlternateFileSystemRoots":
			return value.FromRef(value.NewCell(value.Dims{0, 0})), nil
		}
	}
	return value.Value{}, unknownProperty(name, a.ClassName())
}

// SetProperty sets auimds.Name = v. Changing what the images look like
// (OutputSize, OutputSizeMode, ColorPreprocessing, DataAugmentation)
// starts a new image cache.
func (a *AugmentedImageDatastore) SetProperty(name string, v value.Value) (value.Value, error) {
	switch name {
	case "MiniBatchSize", "DispatchInBackground":
		if err := a.setOption(name, v); err != nil {
			return value.Value{}, err
		}
	case "DataAugmentation", "ColorPreprocessing", "OutputSizeMode", "OutputSize":
		next := *a
		var err error
		if name == "OutputSize" {
			err = next.setOutputSize(v)
		} else {
			err = next.setOption(name, v)
		}
		if err != nil {
			return value.Value{}, err
		}
		a.cfg = next.cfg
		a.build()
	case "NumObservations", "Files", "AlternateFileSystemRoots":
		return value.Value{}, value.Errorf("MATLAB:class:SetProhibited", "Unable to set the '%s' property of class 'augmentedImageDatastore' because it is read-only.", name)
	default:
		return value.Value{}, unknownProperty(name, a.ClassName())
	}
	return value.FromRef(a), nil
}

// DisplayBody writes MATLAB's display of an augmentedImageDatastore.
func (a *AugmentedImageDatastore) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	names := a.PropertyNames()
	texts := make([]string, len(names))
	for i, n := range names {
		v, _ := a.GetProperty(n)
		texts[i] = display.Summary(v, f)
		if n == "AlternateFileSystemRoots" {
			texts[i] = "{}"
		}
	}
	writeProps(w, "augmentedImageDatastore", names, texts, f)
}
