package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%d:%s", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type User struct {
	Base
	*Logger
	Email string
}

func (u User) Kind() string { return "user(" + u.Base.Kind() + ")" }

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

type ReadWriter interface {
	Read() string
	Write(string)
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type CountingRW struct {
	ReadWriter
	writes int
}

func (c *CountingRW) Write(s string) {
	c.writes++
	c.ReadWriter.Write(strings.ToUpper(s))
}

func main() {
	u := User{Base: Base{1, "ann"}, Logger: &Logger{prefix: "[u] "}, Email: "a@x"}
	fmt.Println(u.Describe(), u.Kind(), u.ID, u.Name)
	u.Log("hello %s", u.Name)
	u.Log("id=%d", u.ID)
	fmt.Println(u.lines)
	var d Describer = u
	var k Kinder = u
	fmt.Println(d.Describe(), k.Kind())
	fmt.Printf("%+v\n", u.Base)
	u2 := u
	u2.Name = "bob"
	u2.Log("shared logger")
	fmt.Println(u.Name, len(u.lines))

	c := &CountingRW{ReadWriter: &Buffer{}}
	c.Write("one")
	c.Write("two")
	var rw ReadWriter = c
	rw.Write("three")
	fmt.Println(c.writes, rw.Read(), c.Read(), rw.Read(), rw.Read() == "")
	fmt.Printf("%T %T\n", rw, c.ReadWriter)
}
