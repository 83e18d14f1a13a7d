package dl

import (
	"io"
	"math"
	"os"
	"strings"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "trainingOptions", Fn: trainingOptionsFn, Doc: "options = trainingOptions(solverName, Name, Value, ...): training options for trainNetwork ('sgdm', 'adam', 'rmsprop')"},
	})
}

// TrainingOptions is MATLAB's TrainingOptionsSGDM, TrainingOptionsADAM or
// TrainingOptionsRMSProp: the settings trainNetwork uses.
type TrainingOptions struct {
	Solver string // "sgdm", "adam" or "rmsprop"

	Momentum, GradientDecayFactor, SquaredGradientDecayFactor, Epsilon float64
	InitialLearnRate                                                   float64
	LearnRateSchedule                                                  string
	LearnRateDropFactor                                                float64
	LearnRateDropPeriod                                                int
	L2Regularization                                                   float64
	GradientThresholdMethod                                            string
	GradientThreshold                                                  float64
	MaxEpochs, MiniBatchSize                                           int
	Verbose                                                            bool
	VerboseFrequency                                                   int
	ValidationData                                                     value.Value
	ValidationFrequency                                                int
	ValidationPatience                                                 float64 // Inf: never stop early
	Shuffle                                                            string
	CheckpointPath                                                     string
	CheckpointFrequency                                                int
	CheckpointFrequencyUnit                                            string
	ExecutionEnvironment                                               string
	WorkerLoad                                                         value.Value
	OutputFcn                                                          value.Value
	Plots                                                              string
	SequenceLength                                                     value.Value
	SequencePaddingValue                                               float64
	SequencePaddingDirection                                           string
	DispatchInBackground                                               bool
	ResetInputNormalization                                            bool
	BatchNormalizationStatistics                                       string
	OutputNetwork                                                      string
}

// optSpec describes one option: which solvers have it, its default, how to
// validate a new value and how to read it back as a MATLAB value.
type optSpec struct {
	name    string
	solvers string // space-separated solvers having the option; "" for all
	def     func(o *TrainingOptions)
	set     func(v validator, x value.Value, o *TrainingOptions) error
	get     func(o *TrainingOptions) value.Value
}

// num returns get/set for a float64 option checked by check.
func num(field func(*TrainingOptions) *float64, check func(validator, value.Value) (float64, error)) (func(validator, value.Value, *TrainingOptions) error, func(*TrainingOptions) value.Value) {
	return func(v validator, x value.Value, o *TrainingOptions) error {
			f, err := check(v, x)
			*field(o) = f
			return err
		}, func(o *TrainingOptions) value.Value {
			return value.Num(*field(o))
		}
}

// integer returns get/set for an int option checked by check.
func integer(field func(*TrainingOptions) *int, check func(validator, value.Value) (float64, error)) (func(validator, value.Value, *TrainingOptions) error, func(*TrainingOptions) value.Value) {
	return func(v validator, x value.Value, o *TrainingOptions) error {
			f, err := check(v, x)
			*field(o) = int(f)
			return err
		}, func(o *TrainingOptions) value.Value {
			return value.Num(float64(*field(o)))
		}
}

// text returns get/set for a string option with the given valid values.
func choiceOpt(field func(*TrainingOptions) *string, valid ...string) (func(validator, value.Value, *TrainingOptions) error, func(*TrainingOptions) value.Value) {
	return func(v validator, x value.Value, o *TrainingOptions) error {
			s, err := v.choice(x, valid...)
			*field(o) = s
			return err
		}, func(o *TrainingOptions) value.Value {
			return value.Str(*field(o))
		}
}

// flag returns get/set for a logical option.
func flag(field func(*TrainingOptions) *bool) (func(validator, value.Value, *TrainingOptions) error, func(*TrainingOptions) value.Value) {
	return func(v validator, x value.Value, o *TrainingOptions) error {
			b, err := v.logical(x)
			*field(o) = b
			return err
		}, func(o *TrainingOptions) value.Value {
			return value.Bool(*field(o))
		}
}

// anyValue returns get/set for an option kept as a MATLAB value after check.
func anyValue(field func(*TrainingOptions) *value.Value, check func(validator, value.Value) error) (func(validator, value.Value, *TrainingOptions) error, func(*TrainingOptions) value.Value) {
	return func(v validator, x value.Value, o *TrainingOptions) error {
			if err := check(v, x); err != nil {
				return err
			}
			*field(o) = x
			return nil
		}, func(o *TrainingOptions) value.Value {
			if !field(o).Defined() {
				return value.Empty()
			}
			return *field(o)
		}
}

func positiveFinite(v validator, x value.Value) (float64, error) { return v.positive(x, false) }
func positiveOrInf(v validator, x value.Value) (float64, error)  { return v.positive(x, true) }
func posInt(v validator, x value.Value) (float64, error)         { return v.posInt(x, false) }
func posIntOrInf(v validator, x value.Value) (float64, error)    { return v.posInt(x, true) }
func closedUnit(v validator, x value.Value) (float64, error)     { return v.unit(x, false) }
func openUnit(v validator, x value.Value) (float64, error)       { return v.unit(x, true) }
func nonneg(v validator, x value.Value) (float64, error)         { return v.nonnegative(x) }

// optSpecs lists every option in MATLAB's display order.
var optSpecs []optSpec

func init() {
	add := func(name, solvers string, def func(*TrainingOptions), set func(validator, value.Value, *TrainingOptions) error, get func(*TrainingOptions) value.Value) {
		optSpecs = append(optSpecs, optSpec{name, solvers, def, set, get})
	}
	f := func(p func(*TrainingOptions) *float64, c func(validator, value.Value) (float64, error)) (func(validator, value.Value, *TrainingOptions) error, func(*TrainingOptions) value.Value) {
		return num(p, c)
	}
	s, g := f(func(o *TrainingOptions) *float64 { return &o.Momentum }, closedUnit)
	add("Momentum", "sgdm", func(o *TrainingOptions) { o.Momentum = 0.9 }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.GradientDecayFactor }, openUnit)
	add("GradientDecayFactor", "adam", func(o *TrainingOptions) { o.GradientDecayFactor = 0.9 }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.SquaredGradientDecayFactor }, openUnit)
	add("SquaredGradientDecayFactor", "adam rmsprop", func(o *TrainingOptions) {
		o.SquaredGradientDecayFactor = 0.9
		if o.Solver == "adam" {
			o.SquaredGradientDecayFactor = 0.999
		}
	}, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.Epsilon }, positiveFinite)
	add("Epsilon", "adam rmsprop", func(o *TrainingOptions) { o.Epsilon = 1e-8 }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.InitialLearnRate }, positiveFinite)
	add("InitialLearnRate", "", func(o *TrainingOptions) {
		o.InitialLearnRate = 0.001
		if o.Solver == "sgdm" {
			o.InitialLearnRate = 0.01
		}
	}, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.LearnRateSchedule }, "none", "piecewise")
	add("LearnRateSchedule", "", func(o *TrainingOptions) { o.LearnRateSchedule = "none" }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.LearnRateDropFactor }, closedUnit)
	add("LearnRateDropFactor", "", func(o *TrainingOptions) { o.LearnRateDropFactor = 0.1 }, s, g)
	s, g = integer(func(o *TrainingOptions) *int { return &o.LearnRateDropPeriod }, posInt)
	add("LearnRateDropPeriod", "", func(o *TrainingOptions) { o.LearnRateDropPeriod = 10 }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.L2Regularization }, nonneg)
	add("L2Regularization", "", func(o *TrainingOptions) { o.L2Regularization = 1e-4 }, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.GradientThresholdMethod }, "l2norm", "global-l2norm", "absolute-value")
	add("GradientThresholdMethod", "", func(o *TrainingOptions) { o.GradientThresholdMethod = "l2norm" }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.GradientThreshold }, positiveOrInf)
	add("GradientThreshold", "", func(o *TrainingOptions) { o.GradientThreshold = math.Inf(1) }, s, g)
	s, g = integer(func(o *TrainingOptions) *int { return &o.MaxEpochs }, posInt)
	add("MaxEpochs", "", func(o *TrainingOptions) { o.MaxEpochs = 30 }, s, g)
	s, g = integer(func(o *TrainingOptions) *int { return &o.MiniBatchSize }, posInt)
	add("MiniBatchSize", "", func(o *TrainingOptions) { o.MiniBatchSize = 128 }, s, g)
	s, g = flag(func(o *TrainingOptions) *bool { return &o.Verbose })
	add("Verbose", "", func(o *TrainingOptions) { o.Verbose = true }, s, g)
	s, g = integer(func(o *TrainingOptions) *int { return &o.VerboseFrequency }, posInt)
	add("VerboseFrequency", "", func(o *TrainingOptions) { o.VerboseFrequency = 50 }, s, g)
	s, g = anyValue(func(o *TrainingOptions) *value.Value { return &o.ValidationData }, checkValidationData)
	add("ValidationData", "", func(o *TrainingOptions) {}, s, g)
	s, g = integer(func(o *TrainingOptions) *int { return &o.ValidationFrequency }, posInt)
	add("ValidationFrequency", "", func(o *TrainingOptions) { o.ValidationFrequency = 50 }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.ValidationPatience }, posIntOrInf)
	add("ValidationPatience", "", func(o *TrainingOptions) { o.ValidationPatience = math.Inf(1) }, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.Shuffle }, "once", "never", "every-epoch")
	add("Shuffle", "", func(o *TrainingOptions) { o.Shuffle = "once" }, s, g)
	add("CheckpointPath", "", func(o *TrainingOptions) {}, setCheckpointPath, func(o *TrainingOptions) value.Value { return value.Str(o.CheckpointPath) })
	s, g = integer(func(o *TrainingOptions) *int { return &o.CheckpointFrequency }, posInt)
	add("CheckpointFrequency", "", func(o *TrainingOptions) { o.CheckpointFrequency = 1 }, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.CheckpointFrequencyUnit }, "epoch", "iteration")
	add("CheckpointFrequencyUnit", "", func(o *TrainingOptions) { o.CheckpointFrequencyUnit = "epoch" }, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.ExecutionEnvironment }, "auto", "cpu", "gpu", "multi-gpu", "parallel")
	add("ExecutionEnvironment", "", func(o *TrainingOptions) { o.ExecutionEnvironment = "auto" }, s, g)
	s, g = anyValue(func(o *TrainingOptions) *value.Value { return &o.WorkerLoad }, checkNumeric)
	add("WorkerLoad", "", func(o *TrainingOptions) {}, s, g)
	s, g = anyValue(func(o *TrainingOptions) *value.Value { return &o.OutputFcn }, checkOutputFcn)
	add("OutputFcn", "", func(o *TrainingOptions) {}, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.Plots }, "none", "training-progress")
	add("Plots", "", func(o *TrainingOptions) { o.Plots = "none" }, s, g)
	s, g = anyValue(func(o *TrainingOptions) *value.Value { return &o.SequenceLength }, checkSequenceLength)
	add("SequenceLength", "", func(o *TrainingOptions) { o.SequenceLength = value.Str("longest") }, s, g)
	s, g = f(func(o *TrainingOptions) *float64 { return &o.SequencePaddingValue }, func(v validator, x value.Value) (float64, error) { return v.scalar(x) })
	add("SequencePaddingValue", "", func(o *TrainingOptions) {}, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.SequencePaddingDirection }, "right", "left")
	add("SequencePaddingDirection", "", func(o *TrainingOptions) { o.SequencePaddingDirection = "right" }, s, g)
	s, g = flag(func(o *TrainingOptions) *bool { return &o.DispatchInBackground })
	add("DispatchInBackground", "", func(o *TrainingOptions) {}, s, g)
	s, g = flag(func(o *TrainingOptions) *bool { return &o.ResetInputNormalization })
	add("ResetInputNormalization", "", func(o *TrainingOptions) { o.ResetInputNormalization = true }, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.BatchNormalizationStatistics }, "population", "moving")
	add("BatchNormalizationStatistics", "", func(o *TrainingOptions) { o.BatchNormalizationStatistics = "population" }, s, g)
	s, g = choiceOpt(func(o *TrainingOptions) *string { return &o.OutputNetwork }, "last-iteration", "best-validation-loss")
	add("OutputNetwork", "", func(o *TrainingOptions) { o.OutputNetwork = "last-iteration" }, s, g)
}

// has reports whether the solver has the option.
func (s optSpec) has(solver string) bool {
	return s.solvers == "" || strings.Contains(" "+s.solvers+" ", " "+solver+" ")
}

func checkValidationData(v validator, x value.Value) error {
	if x.IsEmpty() {
		return nil
	}
	if c, ok := x.Ref().(*value.Cell); ok {
		if len(c.Elems) == 2 {
			return nil
		}
		return value.Errorf("MATLAB:trainingOptions:invalidValue", "The value of 'ValidationData' is invalid. Validation data must be a datastore, a table, or a cell array {X, Y}.")
	}
	if _, ok := x.Ref().(value.Object); ok {
		return nil
	}
	return value.Errorf("MATLAB:trainingOptions:invalidValue", "The value of 'ValidationData' is invalid. Validation data must be a datastore, a table, or a cell array {X, Y}.")
}

func checkNumeric(v validator, x value.Value) error {
	if !x.Class().IsNumeric() {
		return v.invalid("numeric")
	}
	return nil
}

func checkOutputFcn(v validator, x value.Value) error {
	if x.IsEmpty() {
		return nil
	}
	if _, ok := x.Ref().(*value.Func); ok {
		return nil
	}
	if c, ok := x.Ref().(*value.Cell); ok {
		for _, e := range c.Elems {
			if _, ok := e.Ref().(*value.Func); !ok {
				return v.invalid("a function handle or a cell array of function handles")
			}
		}
		return nil
	}
	return v.invalid("a function handle or a cell array of function handles")
}

func checkSequenceLength(v validator, x value.Value) error {
	if _, ok := x.Text(); ok {
		_, err := v.choice(x, "longest", "shortest")
		return err
	}
	_, err := v.posInt(x, false)
	return err
}

func setCheckpointPath(v validator, x value.Value, o *TrainingOptions) error {
	s, ok := x.Text()
	if !ok {
		return v.invalid("a character vector or string scalar")
	}
	if s != "" {
		if st, err := os.Stat(s); err != nil || !st.IsDir() {
			return value.Errorf("MATLAB:trainingOptions:invalidValue", "The value of 'CheckpointPath' is invalid. Directory \"%s\" does not exist.", s)
		}
	}
	o.CheckpointPath = s
	return nil
}

// newTrainingOptions returns the defaults of a solver.
func newTrainingOptions(solver string) *TrainingOptions {
	o := &TrainingOptions{Solver: solver}
	for _, s := range optSpecs {
		if s.has(solver) {
			s.def(o)
		}
	}
	return o
}

// trainingOptionsFn implements trainingOptions(solverName, Name, Value…).
func trainingOptionsFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	solver, err := validator{"trainingOptions", "solverName"}.choice(c.Args[0], "sgdm", "rmsprop", "adam")
	if err != nil {
		s, _ := c.Args[0].Text()
		return nil, value.Errorf("MATLAB:trainingOptions:invalidSolver", "Expected solverName to match one of these values:\n\n'sgdm', 'rmsprop', 'adam'\n\nThe input, '%s', did not match any of the valid values.", s)
	}
	o := newTrainingOptions(solver)
	var specs []optSpec
	spec := []any{"solverName", new(value.Value)}
	vals := map[string]*value.Value{}
	for _, s := range optSpecs {
		if s.has(solver) {
			p := new(value.Value)
			vals[s.name] = p
			specs = append(specs, s)
			spec = append(spec, "-"+s.name, p)
		}
	}
	if err := c.Unpack(spec...); err != nil {
		return nil, err
	}
	for _, s := range specs {
		if x := *vals[s.name]; x.Defined() {
			if err := s.set(validator{"trainingOptions", s.name}, x, o); err != nil {
				return nil, err
			}
		}
	}
	return []value.Value{value.FromRef(o)}, nil
}

// Class returns value.ObjectClass.
func (o *TrainingOptions) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (o *TrainingOptions) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns MATLAB's class name for the solver.
func (o *TrainingOptions) ClassName() string {
	switch o.Solver {
	case "adam":
		return "nnet.cnn.TrainingOptionsADAM"
	case "rmsprop":
		return "nnet.cnn.TrainingOptionsRMSProp"
	}
	return "nnet.cnn.TrainingOptionsSGDM"
}

// PropertyNames lists the solver's options in MATLAB's display order.
func (o *TrainingOptions) PropertyNames() []string {
	var names []string
	for _, s := range optSpecs {
		if s.has(o.Solver) {
			names = append(names, s.name)
		}
	}
	return names
}

// spec finds the solver's option called name (exact case, as dot syntax).
func (o *TrainingOptions) spec(name string) (optSpec, bool) {
	for _, s := range optSpecs {
		if s.name == name && s.has(o.Solver) {
			return s, true
		}
	}
	return optSpec{}, false
}

// GetProperty reads an option.
func (o *TrainingOptions) GetProperty(name string) (value.Value, error) {
	if s, ok := o.spec(name); ok {
		return s.get(o), nil
	}
	return value.Value{}, noProperty(name, o.shortName())
}

// SetProperty validates and sets an option, returning a new object.
func (o *TrainingOptions) SetProperty(name string, x value.Value) (value.Value, error) {
	s, ok := o.spec(name)
	if !ok {
		return value.Value{}, noProperty(name, o.shortName())
	}
	cp := *o
	if err := s.set(validator{"trainingOptions", name}, x, &cp); err != nil {
		return value.Value{}, err
	}
	return value.FromRef(&cp), nil
}

// DisplayBody prints "  TrainingOptionsSGDM with properties:" and the
// options, names right-aligned.
func (o *TrainingOptions) DisplayBody(w io.Writer, _ string, f display.Format, _ int) {
	writeGroups(w, o.shortName(), []propGroup{{names: o.PropertyNames()}}, o.GetProperty, f)
}

// shortName is the class name without its package, as displays show it.
func (o *TrainingOptions) shortName() string {
	n := o.ClassName()
	return n[strings.LastIndexByte(n, '.')+1:]
}

// noProperty is MATLAB's error for an unknown property.
func noProperty(name, class string) error {
	return value.Errorf("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '%s' for class '%s'.", name, class)
}
