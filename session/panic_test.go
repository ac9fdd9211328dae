package session

import (
	"context"
	"testing"
)

// A panic's value is shown as Go prints it, whatever its type.
func TestPanicValues(t *testing.T) {
	s := newSession(t)
	tests := []struct{ code, want string }{
		{`panic("text")`, "text"},
		{`panic(42)`, "42"},
		{`panic(errors.New("an error"))`, "an error"},
		{`panic(nil)`, "panic called with nil argument"},
		{`panic(fmt.Sprintf("%d%%", 50))`, "50%"},
	}
	for _, tt := range tests {
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if e == nil || e.Name != "panic" || e.Value != tt.want {
			t.Errorf("%s: got %+v, want panic %q", tt.code, e, tt.want)
		}
	}
}
