package builtins

import (
	"math"
	"strings"
	"time"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "rng", Fn: rngFn, Doc: "rng(seed), rng(seed,'twister'), rng('default'), rng('shuffle'), rng('twister'), rng(s), s = rng, t = rng(...): control the global random stream (Mersenne Twister)"},
	})
}

func rngFn(c *interp.Call) ([]value.Value, error) {
	s := RandStream(c.In)
	prev := rngSettings(s)
	args := c.Args
	if len(args) > 2 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	if len(args) == 2 {
		gen, ok := args[1].Text()
		if !ok {
			return nil, value.Errorf("MATLAB:rng:badSecondOpt", "The second input must be the name of a generator type.")
		}
		if err := checkGenerator(gen); err != nil {
			return nil, err
		}
		args = args[:1]
	}
	if len(args) == 1 {
		if err := applyRng(s, args[0]); err != nil {
			return nil, err
		}
	}
	if c.Nargout > 0 || len(c.Args) == 0 {
		return []value.Value{prev}, nil
	}
	return nil, nil
}

// checkGenerator accepts the generator names gomat implements.
func checkGenerator(gen string) error {
	switch strings.ToLower(gen) {
	case "twister", "mt19937ar":
		return nil
	case "simdtwister", "combrecursive", "multfibonacci", "philox", "threefry", "v4", "v5uniform", "v5normal":
		return value.Errorf("gomat:notImplemented", "rng: the '%s' generator is not implemented; only 'twister' is.", gen)
	}
	return value.Errorf("MATLAB:rng:unknownRNGType", "'%s' is not a valid generator type.", gen)
}

// applyRng sets the stream from one rng argument: a seed, 'default',
// 'shuffle', a generator name or a settings struct.
func applyRng(s *Twister, arg value.Value) error {
	if txt, ok := arg.Text(); ok {
		switch strings.ToLower(txt) {
		case "default":
			s.Seed(0)
		case "shuffle":
			s.Seed(uint32(time.Now().UnixNano() % (1 << 32)))
		default:
			if err := checkGenerator(txt); err != nil {
				return value.Errorf("MATLAB:rng:badFirstOpt", "The first input must be a nonnegative integer seed, a generator type, 'default', 'shuffle', or a structure returned by RNG.")
			}
			s.Seed(0)
		}
		return nil
	}
	if st, ok := arg.Ref().(*value.Struct); ok {
		return restoreRng(s, st)
	}
	x, err := value.ScalarFloat(arg)
	if err != nil || x < 0 || x != math.Trunc(x) || x >= 1<<32 {
		return value.Errorf("MATLAB:rng:badSeed", "The seed must be a nonnegative integer less than 2^32.")
	}
	s.Seed(uint32(x))
	return nil
}

// restoreRng restores settings saved by s = rng.
func restoreRng(s *Twister, st *value.Struct) error {
	bad := value.Errorf("MATLAB:rng:badSettings", "The settings structure must have fields Type, Seed, and State, as returned by RNG.")
	ti, si, xi := st.FieldIndex("Type"), st.FieldIndex("Seed"), st.FieldIndex("State")
	if ti < 0 || si < 0 || xi < 0 || len(st.Elems) != 1 {
		return bad
	}
	typ, ok := st.Elems[0][ti].Text()
	if !ok {
		return bad
	}
	if err := checkGenerator(typ); err != nil {
		return err
	}
	seed, err := value.ScalarFloat(st.Elems[0][si])
	if err != nil {
		return bad
	}
	xs, err := value.ToFloat64(st.Elems[0][xi])
	if err != nil {
		return bad
	}
	words := make([]uint32, len(xs))
	for i, x := range xs {
		words[i] = uint32(x)
	}
	if !s.SetState(words, uint32(seed)) {
		return bad
	}
	return nil
}

// rngSettings returns the struct s = rng gives: Type, Seed and State.
func rngSettings(s *Twister) value.Value {
	st := value.NewStruct(value.Dims{1, 1}, []string{"Type", "Seed", "State"})
	words := s.State()
	re := make([]float64, len(words))
	for i, w := range words {
		re[i] = float64(w)
	}
	st.Elems[0][0] = value.Str("twister")
	st.Elems[0][1] = value.Num(float64(s.seed))
	st.Elems[0][2] = value.FromRef(value.NewArrayFrom(value.Uint32, value.Dims{len(re), 1}, re, nil))
	return value.FromRef(st)
}
