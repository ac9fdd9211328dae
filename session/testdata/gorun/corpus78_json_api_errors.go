package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// An API response carrying an error value, encoded the way many handlers
// write it: the error's dynamic value is what encoding/json sees.

type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e APIError) Error() string { return fmt.Sprintf("%d: %s", e.Code, e.Message) }

type NotFound struct {
	Resource string `json:"resource"`
}

func (e *NotFound) Error() string { return e.Resource + " not found" }

type Response struct {
	OK     bool   `json:"ok"`
	Err    error  `json:"error,omitempty"`
	Detail any    `json:"detail,omitempty"`
	Cause  error  `json:"cause"`
	Tags   []any  `json:"tags,omitempty"`
	Note   string `json:"note,omitempty"`
}

func lookup(id int) error {
	if id == 0 {
		return &NotFound{Resource: "user 0"}
	}
	if id < 0 {
		return APIError{Code: 400, Message: "negative id"}
	}
	return nil
}

func main() {
	for _, id := range []int{1, 0, -1} {
		err := lookup(id)
		r := Response{OK: err == nil, Err: err}
		if err != nil {
			r.Detail = err
			r.Tags = []any{id, err}
		}
		b, jerr := json.Marshal(r)
		fmt.Println(string(b), jerr)
	}
	plain := Response{Cause: errors.New("boom"), Note: "library error values have no exported fields"}
	b, _ := json.MarshalIndent(plain, "", "  ")
	fmt.Println(string(b))

	var back Response
	err := json.Unmarshal([]byte(`{"ok":true,"note":"x"}`), &back)
	fmt.Println(back.OK, back.Note, back.Err == nil, err)
}
