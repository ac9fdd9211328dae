package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1f°C"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	s = strings.TrimSuffix(s, "°C")
	var f float64
	if _, err := fmt.Sscanf(s, "%g", &f); err != nil {
		return fmt.Errorf("bad temperature %q: %w", s, err)
	}
	*c = Celsius(f)
	return nil
}

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Inactive:
		return []byte("inactive"), nil
	}
	return nil, fmt.Errorf("unknown status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "active":
		*s = Active
	case "inactive":
		*s = Inactive
	default:
		return fmt.Errorf("unknown status %q", b)
	}
	return nil
}

type Reading struct {
	Sensor string          `json:"sensor"`
	Temp   Celsius         `json:"temp"`
	Status Status          `json:"status"`
	At     time.Time       `json:"at"`
	ByCode map[Status]int  `json:"by_code"`
	Raw    json.RawMessage `json:"raw"`
	Took   time.Duration   `json:"took"`
}

func main() {
	r := Reading{"s1", 21.55, Active, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), map[Status]int{Inactive: 2, Active: 1}, json.RawMessage(`{"x":[1,2]}`), 1500 * time.Millisecond}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)

	var r2 Reading
	err = json.Unmarshal(b, &r2)
	fmt.Println(err, r2.Sensor, r2.Temp, r2.Status, r2.At, r2.ByCode, string(r2.Raw), r2.Took)

	err = json.Unmarshal([]byte(`{"temp":"hot°C"}`), &r2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"status":"paused"}`), &r2)
	fmt.Println(err)
	_, err = json.Marshal(Reading{Status: 9})
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"sensor":"a","bogus":1}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&r2))
}
