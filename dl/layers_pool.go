package dl

import (
	"fmt"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "maxPooling2dLayer", Fn: poolLayerFn(maxPoolClass), Doc: "layer = maxPooling2dLayer(poolSize, 'Stride', s, 'Padding', p, 'Name', name): 2-D max pooling layer"},
		{Name: "averagePooling2dLayer", Fn: poolLayerFn(avgPoolClass), Doc: "layer = averagePooling2dLayer(poolSize, 'Stride', s, 'Padding', p, 'Name', name): 2-D average pooling layer"},
	})
}

var poolGroups = []propGroup{
	{names: []string{"Name"}},
	{"Hyperparameters", []string{"PoolSize", "Stride", "PaddingMode", "PaddingSize"}},
}

var (
	maxPoolClass = &layerClass{name: "MaxPooling2DLayer", typ: "2-D Max Pooling", defaultName: "maxpool", groups: poolGroups, describe: describePool("max"), get: poolProps}
	avgPoolClass = &layerClass{name: "AveragePooling2DLayer", typ: "2-D Average Pooling", defaultName: "avgpool", groups: poolGroups, describe: describePool("average"), get: poolProps}
)

// poolSettings are the exported settings both engine pooling layers share.
type poolSettings struct {
	size, stride [2]int
	pad          [4]int
	same         bool
}

// poolOf reads a pooling layer's settings.
func poolOf(l *Layer) poolSettings {
	switch e := l.eng.(type) {
	case *engine.MaxPooling2D:
		return poolSettings{e.PoolSize, orOne(e.Stride), e.Padding, e.PaddingSame}
	case *engine.AveragePooling2D:
		return poolSettings{e.PoolSize, orOne(e.Stride), e.Padding, e.PaddingSame}
	}
	return poolSettings{}
}

// poolLayerFn returns the constructor of a pooling layer.
func poolLayerFn(cls *layerClass) interp.BuiltinFunc {
	fn := "maxPooling2dLayer"
	if cls.name == "AveragePooling2DLayer" {
		fn = "averagePooling2dLayer"
	}
	return func(c *interp.Call) ([]value.Value, error) {
		var ps value.Value
		a, err := unpackLayer(c, fn, []any{"poolSize", &ps}, "Stride", "Padding", "PaddingValue", "HasUnpoolingOutputs")
		if err != nil {
			return nil, err
		}
		var s poolSettings
		if s.size, err = pair(a.v("poolSize"), ps); err != nil {
			return nil, err
		}
		s.stride = [2]int{1, 1}
		if a.has("Stride") {
			if s.stride, err = pair(a.v("Stride"), a.get("Stride")); err != nil {
				return nil, err
			}
		}
		if a.has("Padding") {
			if s.pad, s.same, err = padding(a.v("Padding"), a.get("Padding")); err != nil {
				return nil, err
			}
		}
		var e engine.Layer
		if cls.name == "MaxPooling2DLayer" {
			m := &engine.MaxPooling2D{}
			m.PoolSize, m.Stride, m.Padding, m.PaddingSame = s.size, s.stride, s.pad, s.same
			e = m
		} else {
			m := &engine.AveragePooling2D{}
			m.PoolSize, m.Stride, m.Padding, m.PaddingSame = s.size, s.stride, s.pad, s.same
			e = m
		}
		if err := a.name(e); err != nil {
			return nil, err
		}
		return []value.Value{value.FromRef(newLayer(cls, e))}, nil
	}
}

// poolProps reads the pooling properties.
func poolProps(l *Layer, name string) (value.Value, bool) {
	s := poolOf(l)
	switch name {
	case "PoolSize":
		return row(s.size[0], s.size[1]), true
	case "Stride":
		return row(s.stride[0], s.stride[1]), true
	case "PaddingMode":
		if s.same {
			return value.Str("same"), true
		}
		return value.Str("manual"), true
	case "PaddingSize":
		return row(s.pad[0], s.pad[1], s.pad[2], s.pad[3]), true
	case "PaddingValue":
		return value.Num(0), true
	case "HasUnpoolingOutputs":
		return value.Bool(false), true
	}
	return value.Value{}, false
}

// describePool returns the layer-table description of a pooling layer.
func describePool(kind string) func(*Layer) string {
	return func(l *Layer) string {
		s := poolOf(l)
		pad := "'same'"
		if !s.same {
			pad = vec(s.pad[:]...)
		}
		return fmt.Sprintf("%d×%d %s pooling with stride %s and padding %s", s.size[0], s.size[1], kind, vec(s.stride[:]...), pad)
	}
}
