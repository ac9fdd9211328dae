package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

type Level int

const (
	Low Level = iota
	Mid
	High
)

var levelNames = []string{"low", "mid", "high"}

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("bad level %q", s)
}

type Reading struct {
	Temp  Celsius `json:"temp"`
	Level Level   `json:"level"`
	Ptr   *Level  `json:"ptr,omitempty"`
}

func main() {
	h := High
	r := Reading{Temp: 21.55, Level: Mid, Ptr: &h}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]Celsius{1, 2.25})
	fmt.Println(string(b))
	var back Reading
	err = json.Unmarshal([]byte(`{"level":"HIGH","ptr":"low"}`), &back)
	fmt.Println(back.Level, *back.Ptr, err)
	err = json.Unmarshal([]byte(`{"level":"extreme"}`), &back)
	fmt.Println("error:", err)
}
