package dl

import (
	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imageDataAugmenter", Fn: imageDataAugmenterFn, Doc: "aug = imageDataAugmenter(Name,Value): random reflections, rotations, scales, shears and translations for augmentedImageDatastore ('RandXReflection', 'RandRotation', [a b], 'FillValue', ...)"},
	})
	interp.RegisterMethods("imageDataAugmenter", []interp.Builtin{
		{Name: "augment", Fn: augmentFn, Doc: "augI = augment(aug, I): apply one random transformation to an image, or the same one to every image of a cell array"},
	})
}

// augmenterProps are the properties of an imageDataAugmenter, in display
// order.
var augmenterProps = []string{"FillValue", "RandXReflection", "RandYReflection", "RandRotation", "RandScale", "RandXScale", "RandYScale", "RandXShear", "RandYShear", "RandXTranslation", "RandYTranslation"}

func imageDataAugmenterFn(c *interp.Call) ([]value.Value, error) {
	vals := make([]value.Value, len(augmenterProps))
	spec := make([]any, 0, 2*len(augmenterProps))
	for i, p := range augmenterProps {
		spec = append(spec, "-"+p, &vals[i])
	}
	if err := c.Unpack(spec...); err != nil {
		return nil, err
	}
	g := newAugmenter()
	for i, p := range augmenterProps {
		if vals[i].Defined() {
			if err := g.set(p, vals[i]); err != nil {
				return nil, err
			}
		}
	}
	return []value.Value{value.FromRef(g)}, nil
}

// set validates and stores one option.
func (g *ImageDataAugmenter) set(name string, v value.Value) error {
	check := validator{fn: "imageDataAugmenter", name: name}
	switch name {
	case "FillValue":
		xs, err := value.ToFloat64(v)
		if err != nil || len(xs) == 0 || !v.Class().IsNumeric() {
			return check.invalid("a numeric scalar or vector")
		}
		g.fill = xs
		return nil
	case "RandXReflection", "RandYReflection":
		b, err := check.logical(v)
		if name == "RandXReflection" {
			g.reflectX = b
		} else {
			g.reflectY = b
		}
		return err
	}
	r, err := readRange(check, v, name == "RandScale" || name == "RandXScale" || name == "RandYScale")
	if err != nil {
		return err
	}
	*map[string]*rangeSpec{
		"RandRotation": &g.rotation, "RandScale": &g.scale, "RandXScale": &g.scaleX, "RandYScale": &g.scaleY,
		"RandXShear": &g.shearX, "RandYShear": &g.shearY, "RandXTranslation": &g.translateX, "RandYTranslation": &g.translateY,
	}[name] = r
	return nil
}

// readRange reads a [lo hi] range (positive for scales) or a function
// handle.
func readRange(check validator, v value.Value, positive bool) (rangeSpec, error) {
	if _, ok := v.Ref().(*value.Func); ok {
		value.Retain(v)
		return rangeSpec{fn: v}, nil
	}
	xs, err := value.ToFloat64(v)
	if err != nil || len(xs) != 2 || !v.Class().IsNumeric() {
		return rangeSpec{}, check.invalid("a two-element numeric vector or a function handle")
	}
	if xs[0] > xs[1] {
		return rangeSpec{}, check.invalid("nondecreasing")
	}
	if positive && xs[0] <= 0 {
		return rangeSpec{}, check.invalid("positive")
	}
	return rangeSpec{lo: xs[0], hi: xs[1]}, nil
}

// PropertyNames lists the properties; the default object display shows
// them.
func (g *ImageDataAugmenter) PropertyNames() []string { return augmenterProps }

// GetProperty returns aug.Name.
func (g *ImageDataAugmenter) GetProperty(name string) (value.Value, error) {
	switch name {
	case "FillValue":
		if len(g.fill) == 1 {
			return value.Num(g.fill[0]), nil
		}
		return value.RowVector(append([]float64(nil), g.fill...)), nil
	case "RandXReflection":
		return value.Bool(g.reflectX), nil
	case "RandYReflection":
		return value.Bool(g.reflectY), nil
	}
	r, ok := map[string]rangeSpec{
		"RandRotation": g.rotation, "RandScale": g.scale, "RandXScale": g.scaleX, "RandYScale": g.scaleY,
		"RandXShear": g.shearX, "RandYShear": g.shearY, "RandXTranslation": g.translateX, "RandYTranslation": g.translateY,
	}[name]
	if !ok {
		return value.Value{}, unknownProperty(name, g.ClassName())
	}
	return r.value(), nil
}

// SetProperty returns a copy of the augmenter with aug.Name = v.
func (g *ImageDataAugmenter) SetProperty(name string, v value.Value) (value.Value, error) {
	if _, err := g.GetProperty(name); err != nil {
		return value.Value{}, err
	}
	h := *g
	if err := h.set(name, v); err != nil {
		return value.Value{}, err
	}
	return value.FromRef(&h), nil
}

// augmentFn is augment(aug, I): one random transform applied to image I,
// or identically to every image of a cell array, each keeping its size
// and class.
func augmentFn(c *interp.Call) ([]value.Value, error) {
	var gv, img value.Value
	if err := c.Unpack("augmenter", &gv, "I", &img); err != nil {
		return nil, err
	}
	g, ok := gv.Ref().(*ImageDataAugmenter)
	if !ok {
		return nil, value.Errorf("MATLAB:invalidType", "The first argument must be an imageDataAugmenter.")
	}
	t, err := g.random(builtins.RandStream(c.In), c)
	if err != nil {
		return nil, err
	}
	one := func(v value.Value) (value.Value, error) {
		p, ok := imagePixels(v)
		if !ok {
			return value.Value{}, value.Errorf("MATLAB:imageDataAugmenter:invalidImage", "Images to augment must be numeric or logical arrays of size H-by-W or H-by-W-by-C.")
		}
		fill, err := g.fillFor(p.c)
		if err != nil {
			return value.Value{}, err
		}
		out := warpImage(p, t.inverseMap(p.h, p.w, 1, 1, 0, 0), p.h, p.w, fill)
		return value.FromRef(out.array()), nil
	}
	if cl, ok := img.Ref().(*value.Cell); ok {
		elems := make([]value.Value, len(cl.Elems))
		for i, e := range cl.Elems {
			if elems[i], err = one(e); err != nil {
				return nil, err
			}
		}
		return []value.Value{value.FromRef(value.NewCellFrom(cl.Size().Clone(), elems))}, nil
	}
	out, err := one(img)
	if err != nil {
		return nil, err
	}
	return []value.Value{out}, nil
}
