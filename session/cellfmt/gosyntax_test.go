package cellfmt

import (
	"reflect"
	"testing"
)

// GoSyntaxArgs finds the arguments a %#v prints, through flags, widths,
// stars and explicit indexes, and no other verb's.
func TestGoSyntaxArgs(t *testing.T) {
	for _, c := range []struct {
		format string
		n      int
		want   []bool
	}{
		{"%v %#v", 2, []bool{false, true}},
		{"%#x %+v %T", 3, []bool{false, false, false}},
		{"%-#8v|%*d", 3, []bool{true, false, false}},
		{"%#[2]v %[1]v", 2, []bool{false, true}},
		{"100%% %#v", 1, []bool{true}},
	} {
		if got := GoSyntaxArgs(c.format, c.n); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.format, got, c.want)
		}
	}
}
