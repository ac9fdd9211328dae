package session

import (
	"context"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// A panic nothing recovers is reported by its value's Error or String
// method, as Go's runtime prints it (cellsrc/panicvalues.go).
func TestUnrecoveredPanicUsesTheValuesMethod(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype VE struct{ F string; V int }\nfunc (e VE) Error() string { return fmt.Sprintf(\"invalid %s: %d\", e.F, e.V) }\ntype S struct{ A int }\nfunc (S) String() string { return \"S!\" }\ntype PE struct{ C int }\nfunc (e *PE) Error() string { return fmt.Sprint(\"code \", e.C) }\ntype Bad struct{}\nfunc (Bad) Error() string { panic(\"in Error\") }")
	for _, tt := range []struct{ code, want string }{
		{"panic(VE{\"score\", 101})", "invalid score: 101"},
		{"panic(S{1})", "S!"},
		{"panic(&PE{7})", "code 7"},
		{"v := VE{\"x\", 1}\nfunc() { panic(v) }()", "invalid x: 1"},
		{"defer fmt.Print()\npanic(VE{\"deferred\", 2})", "invalid deferred: 2"},
		{"panic(Bad{})", "{}"},
	} {
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if e == nil || e.Kind != cellio.Panic || e.Value != tt.want {
			t.Errorf("%s: error %v, want the panic %q", tt.code, e, tt.want)
		}
	}
}
