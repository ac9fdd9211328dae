package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Duration marshals as a human string like "1m30s".
type Duration time.Duration

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration should be a string, got %s", b)
	}
	x, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(x)
	return nil
}

// Cents is money stored as an integer number of cents, written as "12.34".
type Cents int64

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, c/100, c%100)), nil
}

func (c *Cents) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return fmt.Errorf("bad amount %q", s)
	}
	f := int64(0)
	if frac != "" {
		f, err = strconv.ParseInt((frac + "0")[:2], 10, 64)
		if err != nil {
			return fmt.Errorf("bad amount %q", s)
		}
	}
	*c = Cents(w*100 + f)
	return nil
}

type Job struct {
	Name    string     `json:"name"`
	Timeout Duration   `json:"timeout"`
	Budget  Cents      `json:"budget"`
	Steps   []Duration `json:"steps"`
}

func main() {
	j := Job{Name: "build", Timeout: Duration(90 * time.Second), Budget: 1205,
		Steps: []Duration{Duration(time.Second), Duration(250 * time.Millisecond)}}
	b, err := json.Marshal(j)
	fmt.Println(string(b), err)

	var back Job
	err = json.Unmarshal([]byte(`{"name":"test","timeout":"2h45m","budget":"3.5","steps":["1s","1.5s"]}`), &back)
	fmt.Println(err)
	fmt.Println(back.Name, time.Duration(back.Timeout), back.Budget, len(back.Steps), time.Duration(back.Steps[1]))

	for _, in := range []string{
		`{"timeout":30}`,
		`{"timeout":"forever"}`,
		`{"budget":"abc"}`,
	} {
		var x Job
		fmt.Println(json.Unmarshal([]byte(in), &x))
	}
}
