package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Printf("%s%d: %s\n", l.prefix, l.lines, msg)
}

func (l Logger) Count() int { return l.lines }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b Base) Hello() string    { return "hello from " + b.Name }

type Service struct {
	Base
	*Logger
	Name string // shadows Base.Name
}

// Describe overrides the promoted method but can still reach it.
func (s Service) Describe() string {
	return "Service[" + s.Name + "] wraps " + s.Base.Describe()
}

func main() {
	s := Service{
		Base:   Base{ID: 7, Name: "core"},
		Logger: &Logger{prefix: "svc "},
		Name:   "api",
	}
	s.Log("starting")
	s.Log("running")
	fmt.Println(s.Count(), s.Logger.Count())
	fmt.Println(s.Describe())
	fmt.Println(s.Hello())
	fmt.Println(s.ID, s.Name, s.Base.Name)

	// The embedded pointer is shared between copies.
	t := s
	t.Log("from a copy")
	fmt.Println(s.Count(), t.Count())

	// Promoted fields are assignable through the outer value.
	t.ID = 99
	fmt.Println(s.ID, t.ID)

	type describer interface{ Describe() string }
	for _, d := range []describer{s.Base, s, t} {
		fmt.Println(d.Describe())
	}
}
