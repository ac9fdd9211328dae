package threading

import (
	"reflect"
	"strings"
	"testing"
)

func TestConvertArg(t *testing.T) {
	u64 := reflect.TypeFor[uint64]()
	i8 := reflect.TypeFor[int8]()
	f32 := reflect.TypeFor[float32]()
	anyT := reflect.TypeFor[any]()
	tests := []struct {
		arg     any
		to      reflect.Type
		want    any
		wantErr string
	}{
		{1_000_000_000, u64, uint64(1_000_000_000), ""}, // an untyped constant arrives as int
		{1e9, u64, uint64(1_000_000_000), ""},           // and 1e9 as float64
		{uint8(7), u64, uint64(7), ""},
		{-1, u64, nil, "negative"},
		{1.5, u64, nil, "truncated"},
		{300, i8, nil, "overflows"},
		{-128, i8, int8(-128), ""},
		{uint64(1 << 63), i8, nil, "overflows"},
		{3, f32, float32(3), ""},
		{1e300, f32, nil, "overflows"},
		{"x", u64, nil, "cannot be used as uint64"},
		{nil, u64, nil, "nil cannot be used"},
		{nil, anyT, nil, ""},
		{"x", anyT, "x", ""},
	}
	for _, tt := range tests {
		v, err := convertArg(tt.arg, tt.to)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("convertArg(%#v, %s) error %v, want %q", tt.arg, tt.to, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("convertArg(%#v, %s): %v", tt.arg, tt.to, err)
			continue
		}
		var got any
		if v.IsValid() && !(v.Kind() == reflect.Interface && v.IsNil()) {
			got = v.Interface()
		}
		if got != tt.want {
			t.Errorf("convertArg(%#v, %s) = %#v, want %#v", tt.arg, tt.to, got, tt.want)
		}
	}
}

func TestCheckTarget(t *testing.T) {
	tests := []struct {
		name    string
		target  any
		args    []any
		wantErr string
	}{
		{"ok", func(n uint64) uint64 { return n }, []any{5}, ""},
		{"variadic", func(prefix string, xs ...int) {}, []any{"a", 1, 2}, ""},
		{"variadic, none", func(prefix string, xs ...int) {}, []any{"a"}, ""},
		{"not a function", 5, nil, "is not a function"},
		{"nil", nil, nil, "is not a function"},
		{"nil func", (func())(nil), nil, "nil func()"},
		{"too few", func(a, b int) {}, []any{1}, "takes 2 arguments, got 1"},
		{"too many", func() {}, []any{1}, "takes 0 arguments, got 1"},
		{"wrong type", func(n uint64) {}, []any{"x"}, "argument 1"},
	}
	for _, tt := range tests {
		_, _, err := checkTarget(tt.target, tt.args)
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.wantErr)
		}
	}
}
