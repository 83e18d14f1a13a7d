package dl

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gomat/builtins"
	"gomat/lang/value"
)

func TestImageDatastoreListing(t *testing.T) {
	dir := makeImageTree(t,
		"top.png", "a.jpg", "notes.txt", "B.PNG",
		"sub/x.png", "sub/deeper/y.jpg", "sub/z.tif.txt",
		"other/w.jpg",
	)
	cases := []struct {
		name string
		code string
		want []string
	}{
		{"folder", "ds = imageDatastore('.');", []string{"B.PNG", "a.jpg", "top.png"}},
		{"subfolders", "ds = imageDatastore('.', 'IncludeSubfolders', true);",
			[]string{"B.PNG", "a.jpg", "top.png", "other/w.jpg", "sub/x.png", "sub/deeper/y.jpg"}},
		{"wildcard", "ds = imageDatastore('*.jpg');", []string{"a.jpg"}},
		{"wildcard folders", "ds = imageDatastore('s*');", []string{"sub/x.png"}},
		{"cell of locations", "ds = imageDatastore({'sub', 'other/w.jpg'});", []string{"other/w.jpg", "sub/x.png"}},
		{"string array", `ds = imageDatastore(["other", "top.png"]);`, []string{"top.png", "other/w.jpg"}},
		{"extensions", "ds = imageDatastore('.', 'includesubfolders', 1, 'FileExtensions', {'.jpg'});",
			[]string{"a.jpg", "other/w.jpg", "sub/deeper/y.jpg"}},
		{"extension case", "ds = imageDatastore('.', 'FileExtensions', '.png');", []string{"B.PNG", "top.png"}},
		{"explicit file", "ds = imageDatastore('notes.txt');", []string{"notes.txt"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newDSSession(t, dir)
			s.run(tc.code + " f = ds.Files;")
			if got := relFiles(t, dir, s.texts("f")); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Files = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSortFiles(t *testing.T) {
	files := []string{"/d/b/1.png", "/d/a/img9.png", "/d/a/img10.png", "/d/z.png", "/d/a/Img2.png", "/d/a.png"}
	sortFiles(files)
	want := []string{"/d/a.png", "/d/z.png", "/d/a/Img2.png", "/d/a/img10.png", "/d/a/img9.png", "/d/b/1.png"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("sorted %q, want %q", files, want)
	}
}

func TestImageDatastoreLabels(t *testing.T) {
	dir := makeImageTree(t, "dog/1.png", "dog/2.png", "cat/1.png", "bird/1.jpg", "bird/2.jpg", "bird/3.jpg")
	s := newDSSession(t, dir)
	s.run("ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames'); L = ds.Labels;")
	cat := s.v("L").Ref().(*builtins.Categorical)
	if got, want := cat.Categories(), []string{"bird", "cat", "dog"}; !reflect.DeepEqual(got, want) {
		t.Errorf("categories %q, want %q", got, want)
	}
	if got, want := cat.Labels(), []string{"bird", "bird", "bird", "cat", "dog", "dog"}; !reflect.DeepEqual(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
	s.run("ds.Labels = {'x';'y';'x';'y';'x';'y'}; L = ds.Labels; n = numel(categories(L));")
	if n := s.v("n").Float(); n != 2 {
		t.Errorf("%v categories after setting Labels, want 2", n)
	}
	s.run("ds2 = imageDatastore('cat'); L2 = ds2.Labels;")
	if !s.v("L2").IsEmpty() {
		t.Errorf("labels of an unlabelled datastore should be {}")
	}
	if msg := s.fails("ds.Labels = {'a'};"); !strings.Contains(msg, "must match the number of files") {
		t.Errorf("wrong count: %s", msg)
	}
}

func TestSplitEachLabel(t *testing.T) {
	// 6 files labelled a, 2 labelled b, as in MATLAB's documented example.
	dir := makeImageTree(t, "a/1.png", "a/2.png", "a/3.png", "a/4.png", "a/5.png", "a/6.png", "b/1.png", "b/2.png")
	cases := []struct {
		args string
		want [][]string // files of each output
	}{
		{"0.6", [][]string{{"a/1.png", "a/2.png", "a/3.png", "a/4.png", "b/1.png"}, {"a/5.png", "a/6.png", "b/2.png"}}},
		{"1", [][]string{{"a/1.png", "b/1.png"}, {"a/2.png", "a/3.png", "a/4.png", "a/5.png", "a/6.png", "b/2.png"}}},
		{"0.5, 0.25", [][]string{{"a/1.png", "a/2.png", "a/3.png", "b/1.png"}, {"a/4.png", "a/5.png", "b/2.png"}, {"a/6.png"}}},
		{"0.5, 'Include', 'b'", [][]string{{"b/1.png"}, {"b/2.png"}}},
		{"0.5, 'Exclude', {'b'}", [][]string{{"a/1.png", "a/2.png", "a/3.png"}, {"a/4.png", "a/5.png", "a/6.png"}}},
	}
	for _, tc := range cases {
		t.Run(tc.args, func(t *testing.T) {
			s := newDSSession(t, dir)
			s.run("ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');")
			outs := make([]string, len(tc.want))
			for i := range outs {
				outs[i] = "d" + string(rune('1'+i))
			}
			s.run("[" + strings.Join(outs, ", ") + "] = splitEachLabel(ds, " + tc.args + ");")
			for i, o := range outs {
				s.run("f = " + o + ".Files;")
				if got := relFiles(t, dir, s.texts("f")); !reflect.DeepEqual(got, tc.want[i]) {
					t.Errorf("output %d: %q, want %q", i+1, got, tc.want[i])
				}
			}
		})
	}
	s := newDSSession(t, dir)
	s.run("ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');")
	s.run("rng(7); [r1, r2] = splitEachLabel(ds, 0.5, 'randomized'); f1 = r1.Files;")
	first := s.texts("f1")
	s.run("rng(7); [r1, r2] = splitEachLabel(ds, 0.5, 'randomized'); f1 = r1.Files; f2 = r2.Files;")
	if !reflect.DeepEqual(first, s.texts("f1")) {
		t.Errorf("randomized split differs under the same seed")
	}
	if n1, n2 := len(s.texts("f1")), len(s.texts("f2")); n1 != 4 || n2 != 4 {
		t.Errorf("randomized split sizes %d and %d, want 4 and 4", n1, n2)
	}
	for _, bad := range []struct{ code, want string }{
		{"splitEachLabel(ds, 3)", "must not exceed the number of files of the smallest label (2)"},
		{"splitEachLabel(ds, 0.7, 0.7)", "must not exceed 1"},
		{"splitEachLabel(ds, 0.5, 2)", "all proportions"},
		{"splitEachLabel(imageDatastore('a'), 0.5)", "splitEachLabel requires non-empty Labels property."},
	} {
		if msg := s.fails(bad.code + ";"); !strings.Contains(msg, bad.want) {
			t.Errorf("%s: %q, want %q", bad.code, msg, bad.want)
		}
	}
}

func TestCountEachLabelAndPartition(t *testing.T) {
	dir := makeImageTree(t, "b/1.png", "a/1.png", "a/2.png", "a/3.png", "c/1.png")
	s := newDSSession(t, dir)
	out := s.run("ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames'); T = countEachLabel(ds); disp(T.Count'); disp(numpartitions(ds));")
	if !strings.Contains(out, "3     1     1") || !strings.Contains(out, "5") {
		t.Errorf("countEachLabel/numpartitions printed %q", out)
	}
	tbl := s.v("T").Ref().(*builtins.Table)
	if got := tbl.VariableNames(); !reflect.DeepEqual(got, []string{"Label", "Count"}) {
		t.Errorf("variables %q", got)
	}
	sizes := []int{}
	for i := 1; i <= 3; i++ {
		s.run("p = partition(ds, 3, " + string(rune('0'+i)) + "); f = p.Files;")
		sizes = append(sizes, len(s.texts("f")))
	}
	if !reflect.DeepEqual(sizes, []int{2, 2, 1}) {
		t.Errorf("partition sizes %v, want [2 2 1]", sizes)
	}
	s.run("q = subset(ds, [5 1]); f = q.Files; r = subset(ds, logical([0 1 0 0 1])); g = r.Files;")
	if got := relFiles(t, dir, s.texts("f")); !reflect.DeepEqual(got, []string{"c/1.png", "a/1.png"}) {
		t.Errorf("subset = %q", got)
	}
	if got := relFiles(t, dir, s.texts("g")); !reflect.DeepEqual(got, []string{"a/2.png", "c/1.png"}) {
		t.Errorf("logical subset = %q", got)
	}
}

func TestImageDatastoreRead(t *testing.T) {
	dir := makeImageTree(t, "a/1.png", "a/2.png", "b/3.jpg")
	s := newDSSession(t, dir)
	s.run(`ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');
		[img, info] = read(ds); sz = size(img); c = class(img); fn = info.Filename;
		ds.ReadSize = 2; imgs = read(ds); n = numel(imgs); more = hasdata(ds);
		reset(ds); again = hasdata(ds); all = readall(ds); k = numel(all);
		third = readimage(ds, 3); p = preview(ds);
		ds3 = shuffle(ds); nf = numel(ds3.Files);`)
	if got := s.v("sz"); got.Numel() != 3 {
		t.Errorf("size(img) has %d elements, want 3", got.Numel())
	}
	if c, _ := s.v("c").Text(); c != "uint8" {
		t.Errorf("class %s", c)
	}
	if fn, _ := s.v("fn").Text(); filepath.Base(fn) != "1.png" {
		t.Errorf("info.Filename = %s", fn)
	}
	for name, want := range map[string]float64{"n": 2, "k": 3, "nf": 3} {
		if got := s.v(name).Float(); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if s.v("more").Float() != 0 || s.v("again").Float() != 1 {
		t.Errorf("hasdata after reading everything / after reset wrong")
	}
	if msg := s.fails("read(ds); read(ds); read(ds);"); !strings.Contains(msg, "No more data to read.") {
		t.Errorf("read past the end: %s", msg)
	}
}

func TestImageDatastoreErrors(t *testing.T) {
	dir := makeImageTree(t, "ok/1.png", "empty/readme.txt", "bad/broken.png")
	// A file that claims to be a PNG but is not.
	writeBroken(t, filepath.Join(dir, "bad", "broken.png"))
	cases := []struct{ code, want string }{
		{"imageDatastore('path_to_your_image_folder')", "Cannot find files or folders matching: 'path_to_your_image_folder'."},
		{"imageDatastore({'ok', 'missing/*.png'})", "Cannot find files or folders matching: 'missing/*.png'."},
		{"imageDatastore('empty')", "Input folders or files do not contain specified file extensions."},
		{"ds = imageDatastore('bad'); read(ds)", "broken.png"},
		{"imageDatastore('ok', 'LabelSource', 'folders')", "LabelSource"},
		{"imageDatastore('ok', 'FileExtensions', 'png')", "starting with '.'"},
		{"imageDatastore('ok', 'Bogus', 1)", "'Bogus' is not a recognized parameter."},
	}
	for _, tc := range cases {
		s := newDSSession(t, dir)
		if msg := s.fails(tc.code + ";"); !strings.Contains(msg, tc.want) {
			t.Errorf("%s: %q, want it to contain %q", tc.code, msg, tc.want)
		}
	}
}

func TestImageDatastoreDisplay(t *testing.T) {
	files := []string{"/data/set/cats/001.png", "/data/set/cats/002.png", "/data/set/dogs/003.png", "/data/set/dogs/004.png"}
	d := newImageDatastore(files, []string{"/data/set"}, folderLabels(files), nil)
	var b strings.Builder
	d.DisplayBody(&b, "imds", dsFormatLoose(), 80)
	want := `  ImageDatastore with properties:

                       Files: {
                              '/data/set/cats/001.png';
                              '/data/set/cats/002.png';
                              '/data/set/dogs/003.png'
                               ... and 1 more
                              }
                     Folders: {
                              '/data/set'
                              }
                      Labels: [cats; cats; dogs ... and 1 more categorical]
    AlternateFileSystemRoots: {}
                    ReadSize: 1
      SupportedOutputFormats: ["png"    "jpg"    "jpeg"    "tif"    "tiff"]
         DefaultOutputFormat: "png"
                     ReadFcn: @readDatastoreImage
`
	if b.String() != want {
		t.Errorf("display:\n%s\nwant:\n%s", b.String(), want)
	}
	if got := shortenPath("/very/long/prefix/of/the/toolbox/nnet/digits/0/image1.png", 30); got != " .../nnet/digits/0/image1.png" {
		t.Errorf("shortenPath = %q", got)
	}
}

func TestCustomReadFcn(t *testing.T) {
	dir := makeImageTree(t, "a/1.png", "b/2.jpg")
	s := newDSSession(t, dir)
	out := s.run(`ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames', 'ReadFcn', @(f) imresize(imread(f), [5 5]));
		img = read(ds); sz = size(img); all = readall(ds); n = numel(all); f = ds.ReadFcn`)
	if got := s.v("sz").Ref().(*value.Array).Re; !reflect.DeepEqual(got, []float64{5, 5, 3}) {
		t.Errorf("size with ReadFcn %v", got)
	}
	if !strings.Contains(out, "@(f)imresize(imread(f),[5,5])") {
		t.Errorf("ReadFcn shows as:\n%s", out)
	}
	dst := make([]float32, 2*75)
	if err := s.source("ds").ReadBatch([]int{1, 0}, 5, 5, 3, dst); err != nil {
		t.Fatal(err)
	}
	s.run("ds.ReadFcn = @readDatastoreImage_missing;")
	if msg := s.fails("read(ds);"); !strings.Contains(msg, "readDatastoreImage_missing") {
		t.Errorf("a failing ReadFcn: %s", msg)
	}
}
