package main

import (
	"fmt"
	"log"
	"sort"
)

type Setting struct {
	Key   string
	Value any
}

type Port int

func (p Port) String() string { return fmt.Sprintf(":%d", int(p)) }

type Host struct{ Name string }

type ByKey []Setting

func (s ByKey) Len() int           { return len(s) }
func (s ByKey) Less(i, j int) bool { return s[i].Key < s[j].Key }
func (s ByKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func validate(s Setting) error {
	switch v := s.Value.(type) {
	case string, bool:
		return nil
	case *Host:
		if v.Name == "" {
			return fmt.Errorf("%s: empty host %v (%[2]T)", s.Key, v)
		}
		return nil
	default:
		return fmt.Errorf("%s: unsupported value %v of type %T", s.Key, v, v)
	}
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("config: ")
	settings := ByKey{
		{"name", "demo"},
		{"debug", true},
		{"host", &Host{"example.org"}},
		{"backup", &Host{}},
		{"port", Port(8080)},
	}
	sort.Sort(settings)
	for _, s := range settings {
		fmt.Printf("%-6s = %v\n", s.Key, s.Value)
	}
	log.Printf("checking %d settings (%T)", len(settings), settings)
	for _, s := range settings {
		if err := validate(s); err != nil {
			log.Print(err)
		}
	}
	h := settings[0].Value.(*Host)
	log.Fatalf("fatal: %v is a %[1]T", h)
}
