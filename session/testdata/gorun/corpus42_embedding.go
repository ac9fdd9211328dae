package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Speak() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return "Woof, I'm " + d.Name }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

type Service struct {
	*Logger
	Name string
}

type Speaker interface{ Speak() string }

type ReadWriter interface {
	Read() string
	Write(s string)
}

type buffer struct{ data []string }

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buffer) Write(s string) { b.data = append(b.data, s) }

type countingRW struct {
	ReadWriter
	writes int
}

func (c *countingRW) Write(s string) {
	c.writes++
	c.ReadWriter.Write(s)
}

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Speak(), "|", d.Animal.Speak())
	d.Rename("Max")
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", d)

	var sp Speaker = d
	fmt.Println(sp.Speak())
	sp = d.Animal
	fmt.Println(sp.Speak())

	svc := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Log("starting")
	svc.Log("ready")
	fmt.Println(svc.lines)

	rw := &countingRW{ReadWriter: &buffer{}}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "", rw.writes)

	// Embedded fields are promoted into struct literals only by type name.
	cat := struct {
		Animal
		Indoor bool
	}{Animal: Animal{Name: "Tom", Legs: 4}, Indoor: true}
	fmt.Println(cat.Describe(), cat.Indoor)
}
