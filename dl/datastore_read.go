package dl

import (
	"os"

	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

const imdsClass = "matlab.io.datastore.ImageDatastore"

func init() {
	interp.RegisterMethods(imdsClass, []interp.Builtin{
		{Name: "read", Fn: imdsRead, Doc: "[img, info] = read(imds): the next image (ReadSize > 1: a cell array of the next images)"},
		{Name: "readimage", Fn: imdsReadimage, Doc: "[img, info] = readimage(imds, i): the i-th image"},
		{Name: "readall", Fn: imdsReadall, Doc: "imgs = readall(imds): every image, in an n-by-1 cell array"},
		{Name: "preview", Fn: imdsPreview, Doc: "img = preview(imds): the first image, without moving the read position"},
		{Name: "hasdata", Fn: imdsHasdata, Doc: "tf = hasdata(imds): whether read has images left"},
		{Name: "reset", Fn: imdsReset, Doc: "reset(imds): go back to the first image"},
	})
}

// imdsArg returns argument i as an ImageDatastore.
func imdsArg(c *interp.Call, i int) (*ImageDatastore, error) {
	if i < len(c.Args) {
		if d, ok := c.Args[i].Ref().(*ImageDatastore); ok {
			return d, nil
		}
	}
	return nil, value.Errorf("MATLAB:invalidType", "Expected input to be an ImageDatastore.")
}

// readFile reads file k with the datastore's reader: imread's decoder, or
// ReadFcn called from c (or from the call that set it up when c is nil).
func (d *ImageDatastore) readFile(c *interp.Call, k int) (value.Value, error) {
	if !d.customReader() {
		a, err := builtins.DecodeImage(d.files[k])
		if err != nil {
			return value.Value{}, err
		}
		return value.FromRef(a), nil
	}
	if c == nil {
		c = d.caller
	}
	out, err := c.CallFunction(d.readFcn, []value.Value{value.Str(d.files[k])}, 1)
	if err != nil {
		return value.Value{}, err
	}
	if len(out) == 0 {
		return value.Value{}, value.Errorf("MATLAB:datastoreio:imagedatastore:readFcnNoOutput", "ReadFcn must return the image data of '%s'.", d.files[k])
	}
	return out[0], nil
}

// info returns the info struct read gives for files idx: Filename and
// FileSize (scalars for one file, a cell column and a column vector for
// several) and Label when the datastore is labelled.
func (d *ImageDatastore) info(idx []int) value.Value {
	names := make([]string, len(idx))
	sizes := make([]float64, len(idx))
	for i, k := range idx {
		names[i] = d.files[k]
		if st, err := os.Stat(d.files[k]); err == nil {
			sizes[i] = float64(st.Size())
		}
	}
	fields := []string{"Filename", "FileSize"}
	vals := []value.Value{cellColumn(names), value.ColVector(sizes)}
	if len(idx) == 1 {
		vals = []value.Value{value.Str(names[0]), value.Num(sizes[0])}
	}
	if d.labels.labeled() {
		fields = append(fields, "Label")
		vals = append(vals, value.FromRef(d.labels.categorical(d.labels.pick(idx).codes)))
	}
	s := value.NewStruct(value.Dims{1, 1}, fields)
	for j, v := range vals {
		value.Retain(v)
		s.Elems[0][j] = v
	}
	return value.FromRef(s)
}

// noMoreData is MATLAB's error for read past the end of a datastore.
func noMoreData() error {
	return value.Errorf("MATLAB:datastoreio:splittabledatastore:noMoreData", "No more data to read.\nUse the reset method to reset the datastore to the start of the data.\nBefore calling the read method, check if data is available to read by using the hasdata method.")
}

func imdsRead(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	if len(c.Args) > 1 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	return d.readNext(c)
}

// readNext returns read's data and info: the next image (ReadSize > 1: a
// cell column of the next images) and its info struct.
func (d *ImageDatastore) readNext(c *interp.Call) ([]value.Value, error) {
	if d.pos >= len(d.files) {
		return nil, noMoreData()
	}
	n := min(d.readSize, len(d.files)-d.pos)
	idx := make([]int, n)
	imgs := make([]value.Value, n)
	for i := range idx {
		idx[i] = d.pos + i
		var err error
		if imgs[i], err = d.readFile(c, idx[i]); err != nil {
			return nil, err
		}
	}
	d.pos += n
	data := imgs[0]
	if d.readSize > 1 {
		data = value.FromRef(value.NewCellFrom(value.Dims{n, 1}, imgs))
	}
	return []value.Value{data, d.info(idx)}, nil
}

// hasData reports whether read has files left.
func (d *ImageDatastore) hasData() bool { return d.pos < len(d.files) }

// reset goes back to the first file.
func (d *ImageDatastore) reset() { d.pos = 0 }

// fresh returns a copy positioned at the first file.
func (d *ImageDatastore) fresh() readable {
	e := *d
	e.pos = 0
	return &e
}

func imdsReadimage(c *interp.Call) ([]value.Value, error) {
	var dv value.Value
	var i int
	if err := c.Unpack("imds", &dv, "i", &i); err != nil {
		return nil, err
	}
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	if i < 1 || i > len(d.files) {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidIndex", "Index must be a positive integer less than or equal to the number of files in the datastore (%d).", len(d.files))
	}
	img, err := d.readFile(c, i-1)
	if err != nil {
		return nil, err
	}
	return []value.Value{img, d.info([]int{i - 1})}, nil
}

func imdsReadall(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	imgs := make([]value.Value, len(d.files))
	for k := range imgs {
		if imgs[k], err = d.readFile(c, k); err != nil {
			return nil, err
		}
	}
	return []value.Value{value.FromRef(value.NewCellFrom(value.Dims{len(imgs), 1}, imgs))}, nil
}

func imdsPreview(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	if len(d.files) == 0 {
		return []value.Value{value.Empty()}, nil
	}
	img, err := d.readFile(c, 0)
	if err != nil {
		return nil, err
	}
	return []value.Value{img}, nil
}

func imdsHasdata(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.Bool(d.hasData())}, nil
}

func imdsReset(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	d.reset()
	return nil, nil
}
