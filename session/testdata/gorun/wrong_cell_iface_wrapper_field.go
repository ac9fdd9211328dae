package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// A value held in an interface the program declares, converted to a
// library interface, whose struct's last field has the library's method
// too: the interpreter's wrapper called the field's method.
type Writer interface {
	Write(p []byte) (int, error)
}

type upper struct {
	prefix string
	w      io.Writer
}

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(u.prefix + strings.ToUpper(string(p))))
}

type Event interface {
	String() string
	When() time.Time
}

type meeting struct {
	title string
	at    time.Time
}

func (m meeting) String() string  { return "meeting " + m.title }
func (m meeting) When() time.Time { return m.at }

func toWriter(w Writer) io.Writer { return w }

func main() {
	var w Writer = upper{"> ", os.Stdout}
	var lw io.Writer = w
	fmt.Fprintln(lw, "assigned")
	fmt.Fprintln(toWriter(w), "returned")
	writers := []io.Writer{w}
	fmt.Fprintln(writers[0], "in a slice")

	var e Event = meeting{"standup", time.Date(2024, 1, 2, 9, 0, 0, 0, time.UTC)}
	var st fmt.Stringer = e
	fmt.Println(st.String())
	stringers := map[string]fmt.Stringer{"e": e}
	fmt.Println(stringers["e"].String(), e.When().Format(time.Kitchen))
}
