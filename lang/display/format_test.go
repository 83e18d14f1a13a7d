package display

import "testing"

func TestParseFormat(t *testing.T) {
	cur := Format{Style: Long, Compact: true}
	cases := []struct {
		args []string
		want Format
	}{
		{nil, Format{}},
		{[]string{"default"}, Format{}},
		{[]string{"short"}, Format{Style: Short, Compact: true}},
		{[]string{"long"}, Format{Style: Long, Compact: true}},
		{[]string{"LONG", "g"}, Format{Style: LongG, Compact: true}},
		{[]string{"short", "e"}, Format{Style: ShortE, Compact: true}},
		{[]string{"short", "eng"}, Format{Style: ShortEng, Compact: true}},
		{[]string{"shortG"}, Format{Style: ShortG, Compact: true}},
		{[]string{"longE"}, Format{Style: LongE, Compact: true}},
		{[]string{"longEng"}, Format{Style: LongEng, Compact: true}},
		{[]string{"loose"}, Format{Style: Long}},
		{[]string{"compact"}, Format{Style: Long, Compact: true}},
		{[]string{"short", "loose"}, Format{Style: Short}},
	}
	for _, c := range cases {
		got, err := ParseFormat(c.args, cur)
		if err != nil || got != c.want {
			t.Errorf("ParseFormat(%q) = %+v, %v; want %+v", c.args, got, err, c.want)
		}
	}
	for _, bad := range [][]string{{"bank"}, {"hex"}, {"rat"}, {"+"}, {"wide"}} {
		got, err := ParseFormat(bad, cur)
		if err == nil || got != cur {
			t.Errorf("ParseFormat(%q) = %+v, %v; want an error and no change", bad, got, err)
		}
	}
	if _, err := ParseFormat([]string{"wide"}, cur); err == nil || err.Error() != "Unknown command option." {
		t.Errorf("unknown option error = %v", err)
	}
}

func TestStyleString(t *testing.T) {
	for s, want := range map[Style]string{Short: "short", LongG: "longG", ShortEng: "shortEng"} {
		if got := s.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", s, got, want)
		}
	}
}
