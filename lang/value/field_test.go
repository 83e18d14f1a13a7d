package value

import "testing"

type fieldTestObject struct {
	owners
	props map[string]Value
}

func (o *fieldTestObject) Class() Class      { return ObjectClass }
func (o *fieldTestObject) Size() Dims        { return Dims{1, 1} }
func (o *fieldTestObject) ClassName() string { return "TestObj" }

func (o *fieldTestObject) GetProperty(name string) (Value, error) {
	v, ok := o.props[name]
	if !ok {
		return Value{}, unknownFieldErr(name)
	}
	return v, nil
}

func (o *fieldTestObject) SetProperty(name string, v Value) (Value, error) {
	o.props[name] = v
	return FromRef(o), nil
}

func TestGetField(t *testing.T) {
	s := ixStruct([]string{"a", "b"}, Dims{1, 2}, []Value{Num(1), Str("x")}, []Value{Num(2), Str("y")})
	got, err := GetField(s, "b")
	if err != nil || len(got) != 2 {
		t.Fatalf("GetField = %v, %v", got, err)
	}
	ixCheck(t, "first", got[0], nil, Str("x"))
	ixCheck(t, "second", got[1], nil, Str("y"))
	got, err = GetField(ixStruct([]string{"a"}, Dims{0, 0}), "a")
	if err != nil || len(got) != 0 {
		t.Errorf("empty struct: %v, %v", got, err)
	}
	_, err = GetField(s, "zz")
	ixCheckErr(t, "missing", err, `Unrecognized field name "zz".`)
	_, err = GetField(Num(1), "a")
	ixCheckErr(t, "number", err, "Dot indexing is not supported for variables of this type.")
	_, err = GetField(Value{}, "a")
	ixCheckErr(t, "undefined", err, "Dot indexing is not supported for variables of this type.")
	obj := &fieldTestObject{props: map[string]Value{"p": Num(3)}}
	got, err = GetField(FromRef(obj), "p")
	if err != nil || len(got) != 1 {
		t.Fatalf("object property: %v, %v", got, err)
	}
	ixCheck(t, "object property", got[0], nil, Num(3))
}

func TestSetField(t *testing.T) {
	a := []string{"a"}
	cases := []struct {
		name string
		v    Value
		f    string
		rhs  Value
		want Value
	}{
		{"undefined", Value{}, "a", Num(1), ixStruct(a, Dims{1, 1}, []Value{Num(1)})},
		{"empty double", Empty(), "a", Num(1), ixStruct(a, Dims{1, 1}, []Value{Num(1)})},
		{"replace", ixStruct(a, Dims{1, 1}, []Value{Num(1)}), "a", Str("z"), ixStruct(a, Dims{1, 1}, []Value{Str("z")})},
		{"add field", ixStruct(a, Dims{1, 1}, []Value{Num(1)}), "b", Num(2), ixStruct([]string{"a", "b"}, Dims{1, 1}, []Value{Num(1), Num(2)})},
		{"empty struct", ixStruct(a, Dims{0, 0}), "b", Num(2), ixStruct([]string{"a", "b"}, Dims{1, 1}, []Value{Empty(), Num(2)})},
	}
	for _, c := range cases {
		got, err := SetField(ixFresh(c.v), c.f, c.rhs)
		ixCheck(t, c.name, got, err, c.want)
	}
	_, err := SetField(ixStruct(a, Dims{1, 2}, []Value{Num(1)}, []Value{Num(2)}), "a", Num(0))
	ixCheckErr(t, "struct array", err, "Scalar structure required for this assignment.")
	_, err = SetField(Num(3), "a", Num(0))
	ixCheckErr(t, "number", err, "Unable to perform assignment because dot indexing is not supported for variables of this type.")
}

func TestSetFieldSharing(t *testing.T) {
	s := ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(1)})
	st := s.Ref().(*Struct)
	got, err := SetField(s, "a", Num(2))
	if err != nil || got.Ref() != Ref(st) {
		t.Errorf("unique struct not changed in place")
	}
	Retain(s)
	Retain(s)
	got, err = SetField(s, "b", Num(3))
	if err != nil || got.Ref() == Ref(st) || len(st.Fields) != 1 {
		t.Errorf("shared struct changed in place")
	}
	rhs := ixRow(1, 2)
	if _, err := SetField(got, "c", rhs); err != nil || Unique(rhs) && rhs.Ref().(*Array).n == 0 {
		t.Errorf("SetField did not retain its right-hand side")
	}
	obj := &fieldTestObject{props: map[string]Value{}}
	out, err := SetField(FromRef(obj), "p", Num(4))
	if err != nil || !IsEqual(obj.props["p"], Num(4)) || out.Ref() != Ref(obj) {
		t.Errorf("object property not set")
	}
}
