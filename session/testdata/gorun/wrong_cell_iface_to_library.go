package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// A value held in an interface the program declares, converted to a
// library interface: the struct's last field has the library method too.
type Writer interface {
	Write(p []byte) (int, error)
}

type upper struct {
	w io.Writer
}

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type ReadCloser interface {
	io.Reader
	io.Closer
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

type Sorter interface {
	sort.Interface
	Name() string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b byLen) Name() string       { return "byLen" }

type Event interface {
	String() string
	When() time.Time
}

type meeting struct {
	title string
	at    time.Time
}

func (m meeting) String() string     { return "meeting " + m.title }
func (m meeting) When() time.Time    { return m.at }
func describe(s fmt.Stringer) string { return "<" + s.String() + ">" }

func toWriter(w Writer) io.Writer { return w }

func main() {
	var w Writer = upper{os.Stdout}
	fmt.Fprintln(w, "hello")
	var lw io.Writer = w
	fmt.Fprintln(lw, "assigned")
	fmt.Fprintln(toWriter(w), "returned")
	bw := bufio.NewWriter(w)
	bw.WriteString("buffered\n")
	bw.Flush()
	io.WriteString(io.MultiWriter(w), "multi\n")

	var rc ReadCloser = nopCloser{strings.NewReader("one\ntwo\n")}
	sc := bufio.NewScanner(rc)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println(rc.Close())

	var s Sorter = byLen{"ccc", "a", "bb"}
	sort.Sort(s)
	fmt.Println(s, s.Name())

	var e Event = meeting{"standup", time.Date(2024, 1, 2, 9, 0, 0, 0, time.UTC)}
	var st fmt.Stringer = e
	fmt.Println(st.String(), describe(e), e.When().Format(time.Kitchen))
	stringers := []fmt.Stringer{e}
	fmt.Println(stringers[0].String())
}
