package builtins

import (
	"os"
	"runtime"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// gomatVersion is what version and ver report.
const gomatVersion = "0.1.0"

func biGetenv(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:getenv:InputMustBeString", "Input must be a string scalar or character vector.")
	}
	if t.kind == kindString {
		out := make([]string, len(t.elems))
		for i, n := range t.elems {
			out[i] = os.Getenv(n)
		}
		return one(stringArray(t.dims.Clone(), out))
	}
	name, _ := c.Args[0].Text()
	return one(value.Str(os.Getenv(name)))
}

func biSetenv(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	name, err := textArg("setenv", c.Args[0], "Name")
	if err != nil {
		return nil, err
	}
	val := ""
	if len(c.Args) == 2 {
		if val, err = textArg("setenv", c.Args[1], "Value"); err != nil {
			return nil, err
		}
	}
	if name == "" {
		return nil, value.Errorf("MATLAB:setenv:InvalidName", "Environment variable name must be nonempty.")
	}
	os.Setenv(name, val)
	return nil, nil
}

// platform returns computer's platform code and architecture.
func platform() (code, arch string) {
	switch runtime.GOOS {
	case "windows":
		return "PCWIN64", "win64"
	case "darwin":
		if runtime.GOARCH == "arm64" {
			return "MACA64", "maca64"
		}
		return "MACI64", "maci64"
	}
	return "GLNXA64", "glnxa64"
}

func biComputer(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	code, arch := platform()
	if len(c.Args) == 1 {
		s, _ := c.Args[0].Text()
		if s != "arch" {
			return nil, value.Errorf("MATLAB:computer:InvalidInput", "Input must be 'arch'.")
		}
		return one(charRow(arch))
	}
	return []value.Value{charRow(code), value.Num(281474976710655), charRow("L")}, nil
}

func biIspc(c *interp.Call) ([]value.Value, error) {
	return one(value.Bool(runtime.GOOS == "windows"))
}

func biIsunix(c *interp.Call) ([]value.Value, error) {
	return one(value.Bool(runtime.GOOS != "windows"))
}

func biIsmac(c *interp.Call) ([]value.Value, error) {
	return one(value.Bool(runtime.GOOS == "darwin"))
}

func biVersion(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	if len(c.Args) == 1 {
		s, _ := c.Args[0].Text()
		switch s {
		case "-description":
			return one(charRow("gomat, a MATLAB-compatible interpreter"))
		case "-release", "-date", "-java", "-blas", "-lapack":
			return nil, value.Errorf("gomat:notImplemented", "version: option '%s' is not supported.", s)
		}
		return nil, value.Errorf("MATLAB:version:invalidInput", "Invalid input argument.")
	}
	return []value.Value{charRow(gomatVersion + " (gomat)"), charRow("")}, nil
}

func biVer(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	if c.Nargout > 0 {
		s := value.NewStruct(value.Dims{1, 1}, []string{"Name", "Version", "Release", "Date"})
		s.Elems[0][0] = charRow("gomat")
		s.Elems[0][1] = charRow(gomatVersion)
		s.Elems[0][2] = charRow("")
		s.Elems[0][3] = charRow("")
		return one(value.FromRef(s))
	}
	code, _ := platform()
	line := "-----------------------------------------------------------------------------------------------------\n"
	c.In.Out.WriteString(line)
	c.In.Out.WriteString("gomat Version " + gomatVersion + "\n")
	c.In.Out.WriteString("Operating System: " + runtime.GOOS + " (" + code + ")\n")
	c.In.Out.WriteString("Go Version: " + runtime.Version() + "\n")
	c.In.Out.WriteString(line)
	return nil, nil
}

func biClc(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	if st, err := os.Stdout.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		c.In.Out.WriteString("\x1b[H\x1b[2J")
	}
	return nil, nil
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "getenv", Fn: biGetenv, Doc: "v = getenv(name): '' when unset; a string array of names gives a string array"},
		{Name: "setenv", Fn: biSetenv, Doc: "setenv(name, value), setenv(name)"},
		{Name: "computer", Fn: biComputer, Doc: "[str, maxsize, endian] = computer, computer('arch')"},
		{Name: "ispc", Fn: biIspc, Doc: "tf = ispc"},
		{Name: "isunix", Fn: biIsunix, Doc: "tf = isunix"},
		{Name: "ismac", Fn: biIsmac, Doc: "tf = ismac"},
		{Name: "version", Fn: biVersion, Doc: "[v, d] = version, version('-description')"},
		{Name: "ver", Fn: biVer, Doc: "ver (prints the version header), v = ver"},
		{Name: "clc", Fn: biClc, Doc: "clc: clears a terminal screen"},
	})
}
