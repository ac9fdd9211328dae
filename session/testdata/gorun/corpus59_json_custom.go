package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Celsius float64

func (c Celsius) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%.1fC", float64(c))), nil
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Event struct {
	Level   Level              `json:"level"`
	When    time.Time          `json:"when"`
	Timeout Duration           `json:"timeout"`
	Temps   map[string]Celsius `json:"temps"`
	Raw     json.RawMessage    `json:"raw"`
}

func main() {
	e := Event{Level: Warn, When: time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC),
		Timeout: Duration{90 * time.Second}, Temps: map[string]Celsius{"in": 21.5, "out": -3},
		Raw: json.RawMessage(`{"pre":"computed"}`)}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	var back Event
	err = json.Unmarshal([]byte(`{"level":"info","when":"2023-12-25T08:00:00Z","timeout":"1m30s","raw":[1,2]}`), &back)
	fmt.Println(back.Level, back.When.Format(time.RFC1123), back.Timeout.Minutes(), string(back.Raw), err)

	err = json.Unmarshal([]byte(`{"level":"fatal"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"timeout":"forever"}`), &back)
	fmt.Println(err)

	dec := json.NewDecoder(strings.NewReader(`{"level":"debug"} {"level":"warn"} {"level":"oops"}`))
	for {
		var ev Event
		if err := dec.Decode(&ev); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println("decoded", ev.Level)
	}
	strict := json.NewDecoder(strings.NewReader(`{"level":"info","bogus":1}`))
	strict.DisallowUnknownFields()
	fmt.Println(strict.Decode(&back))
}
