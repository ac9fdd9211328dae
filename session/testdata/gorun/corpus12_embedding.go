package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Job struct {
	Command string
	*Logger
}

func NewJob(command string) *Job {
	return &Job{command, &Logger{prefix: "job: "}}
}

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return b.Name() + " says " + b.Sound()
}

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct{ Base }

type countingWriter struct {
	io.Writer
	n int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	n, err := w.Writer.Write(p)
	w.n += n
	return n, err
}

func main() {
	job := NewJob("build")
	job.Log("starting %s", job.Command)
	job.Logger.Log("done in %d steps", 3)
	fmt.Println(strings.Join(job.lines, "\n"))

	animals := []Animal{Dog{Base{"rex"}, "lab"}, Cat{Base{"tom"}}}
	for _, a := range animals {
		fmt.Printf("%s: %s\n", a.Name(), a.Sound())
	}
	d := Dog{Base: Base{name: "fido"}, breed: "pug"}
	// Describe is promoted from Base and calls Base.Sound, not Dog.Sound.
	fmt.Println(d.Describe())
	fmt.Println(d.name, d.Base.name, d.breed)

	cw := &countingWriter{Writer: os.Stdout}
	fmt.Fprintf(cw, "hello %s\n", "embedded writer")
	fmt.Fprintln(cw, "second line")
	fmt.Println("bytes written:", cw.n)

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("read: " + line)
	rw.Flush()
}
