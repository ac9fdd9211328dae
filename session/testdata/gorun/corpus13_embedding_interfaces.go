package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(msg string)
}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(msg string) {
	*p.lines = append(*p.lines, p.prefix+msg)
}

// Service embeds a Logger interface: its method set gains Log.
type Service struct {
	Logger
	Name string
}

func (s *Service) Start() {
	s.Log("starting " + s.Name)
}

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string  { return b.name }
func (b base) Sound() string { return "..." }
func (b base) Describe() string {
	return b.name + " says " + b.Sound()
}

type Dog struct{ base }

func (Dog) Sound() string { return "woof" }

type Cat struct {
	base
	lives int
}

func (c Cat) Sound() string { return "meow" }

type ReadWriter interface {
	Reader
	Writer
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type memFile struct{ sb strings.Builder }

func (m *memFile) Read() string   { return m.sb.String() }
func (m *memFile) Write(s string) { m.sb.WriteString(s) }

func main() {
	var lines []string
	svc := &Service{Logger: prefixLogger{"[svc] ", &lines}, Name: "api"}
	svc.Start()
	svc.Log("direct call")
	svc.Logger = prefixLogger{"[new] ", &lines}
	svc.Start()
	fmt.Println(strings.Join(lines, "\n"))

	animals := []Animal{Dog{base{"rex"}}, Cat{base{"tom"}, 9}}
	for _, a := range animals {
		fmt.Printf("%s: %s (%T)\n", a.Name(), a.Sound(), a)
	}
	d := Dog{base{"fido"}}
	fmt.Println(d.Describe())
	fmt.Println(d.base.Sound(), d.Sound())

	var rw ReadWriter = &memFile{}
	rw.Write("hello, ")
	rw.Write("embedded interfaces")
	fmt.Println(rw.Read())
	var r Reader = rw
	fmt.Println(len(r.Read()))

	empty := Service{Name: "nil-logger"}
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	empty.Start()
}
