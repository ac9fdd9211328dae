package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) String() string { return levelNames[l] }

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(l.String())
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("level must be a string: %w", err)
	}
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			*l = Level(i)
			return nil
		}
	}
	return errors.New("unknown level " + s)
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Config struct {
	Level   Level    `json:"level"`
	Timeout Duration `json:"timeout"`
	Levels  []Level  `json:"levels,omitempty"`
}

func main() {
	c := Config{Level: Warn, Timeout: Duration{90 * time.Second}, Levels: []Level{Debug, Error}}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	var c2 Config
	err = json.Unmarshal([]byte(`{"level":"INFO","timeout":"1m30s","levels":["warn","debug"]}`), &c2)
	fmt.Println(err, c2.Level, c2.Timeout, c2.Levels)
	fmt.Printf("%v %d\n", c2.Level, c2.Level)

	var c3 Config
	err = json.Unmarshal([]byte(`{"level":"loud"}`), &c3)
	fmt.Println("err:", err)
	err = json.Unmarshal([]byte(`{"level":3}`), &c3)
	fmt.Println("err:", err)
	err = json.Unmarshal([]byte(`{"timeout":"soon"}`), &c3)
	fmt.Println("err:", err)
}
