package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

func (l Level) MarshalText() ([]byte, error) {
	if l < 0 || int(l) >= len(levelNames) {
		return nil, fmt.Errorf("invalid level %d", int(l))
	}
	return []byte(l.String()), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	s := strings.ToLower(string(b))
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", string(b))
}

type Settings struct {
	Default  Level            `json:"default"`
	Packages map[string]Level `json:"packages"`
	Counts   map[Level]int    `json:"counts"`
}

func main() {
	s := Settings{
		Default:  Info,
		Packages: map[string]Level{"net": Debug, "db": Warn},
		Counts:   map[Level]int{Error: 2, Info: 10},
	}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)

	var back Settings
	err = json.Unmarshal([]byte(`{"default":"WARN","packages":{"http":"error"},"counts":{"debug":1,"warn":4}}`), &back)
	fmt.Println("err:", err)
	fmt.Println("default:", back.Default)
	keys := make([]Level, 0)
	for k := range back.Counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("  %v=%d\n", k, back.Counts[k])
	}
	fmt.Println("http:", back.Packages["http"])

	fmt.Println(json.Unmarshal([]byte(`{"default":"loud"}`), &back))
	_, err = json.Marshal(Settings{Default: Level(9)})
	fmt.Println(err)
	fmt.Printf("%v %d %s\n", Warn, Warn, Level(7))
}
