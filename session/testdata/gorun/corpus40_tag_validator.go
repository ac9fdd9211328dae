package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type SignUp struct {
	Username string `validate:"required,min=3,max=12"`
	Email    string `validate:"required,contains=@"`
	Age      int    `validate:"min=13,max=120"`
	Bio      string `validate:"max=20"`
	Referrer string
}

type FieldError struct {
	Field string
	Rule  string
	Msg   string
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: %s (%s)", e.Field, e.Msg, e.Rule)
}

func validate(s any) []error {
	var errs []error
	v := reflect.ValueOf(s)
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		field := t.Field(i)
		tag, ok := field.Tag.Lookup("validate")
		if !ok {
			continue
		}
		fv := v.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			var msg string
			switch name {
			case "required":
				if fv.IsZero() {
					msg = "is required"
				}
			case "min", "max":
				limit, _ := strconv.Atoi(arg)
				var n int
				if fv.Kind() == reflect.String {
					n = len(fv.String())
				} else {
					n = int(fv.Int())
				}
				if name == "min" && n < limit {
					msg = fmt.Sprintf("must be at least %d", limit)
				}
				if name == "max" && n > limit {
					msg = fmt.Sprintf("must be at most %d", limit)
				}
			case "contains":
				if !strings.Contains(fv.String(), arg) {
					msg = fmt.Sprintf("must contain %q", arg)
				}
			}
			if msg != "" {
				errs = append(errs, FieldError{field.Name, rule, msg})
			}
		}
	}
	return errs
}

func main() {
	forms := []SignUp{
		{Username: "gopher", Email: "g@go.dev", Age: 30},
		{Username: "al", Email: "nope", Age: 9, Bio: "this bio is definitely too long"},
		{},
	}
	for i, f := range forms {
		errs := validate(f)
		if len(errs) == 0 {
			fmt.Printf("form %d: ok\n", i)
			continue
		}
		fmt.Printf("form %d: %d problems\n", i, len(errs))
		for _, e := range errs {
			fmt.Println("  -", e)
		}
	}
}
