package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type FieldError struct {
	Field  string
	Reason string
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	var b strings.Builder
	b.WriteString("validation failed:")
	for _, f := range v {
		fmt.Fprintf(&b, " %s (%s);", f.Field, f.Reason)
	}
	return strings.TrimSuffix(b.String(), ";")
}

type Signup struct {
	Username string
	Password string
	Email    string
	Age      int
}

func (s Signup) Validate() error {
	var errs ValidationErrors
	if len(s.Username) < 3 {
		errs = append(errs, FieldError{"username", "too short"})
	}
	if len(s.Password) < 8 {
		errs = append(errs, FieldError{"password", "min 8 chars"})
	}
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, FieldError{"email", "invalid"})
	}
	if s.Age < 13 {
		errs = append(errs, FieldError{"age", "must be 13+"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	forms := []Signup{
		{"al", "123", "al.example", 9},
		{"carol", "hunter22", "carol@example.com", 40},
		{"dave", "pw", "dave@x.io", 20},
	}
	for i, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Println(i, "valid")
			continue
		}
		fmt.Println(i, err)
		var ve ValidationErrors
		if errors.As(err, &ve) {
			names := make([]string, 0, len(ve))
			for _, fe := range ve {
				names = append(names, fe.Field)
			}
			sort.Strings(names)
			fmt.Println("  fields:", names, len(ve))
		}
	}
}
