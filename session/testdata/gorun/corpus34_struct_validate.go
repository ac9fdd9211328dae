package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type User struct {
	Name  string `validate:"required"`
	Email string `validate:"required,contains=@"`
	Age   int    `validate:"min=0,max=130"`
	Bio   string
}

type FieldError struct {
	Field string
	Rule  string
}

func (e FieldError) Error() string { return e.Field + " failed " + e.Rule }

func Validate(v any) error {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	var errs []error
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := f.Tag.Get("validate")
		if tag == "" {
			continue
		}
		val := rv.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			ok := true
			switch name {
			case "required":
				ok = !val.IsZero()
			case "contains":
				ok = strings.Contains(val.String(), arg)
			case "min":
				n, _ := strconv.Atoi(arg)
				ok = val.Int() >= int64(n)
			case "max":
				n, _ := strconv.Atoi(arg)
				ok = val.Int() <= int64(n)
			}
			if !ok {
				errs = append(errs, FieldError{f.Name, rule})
			}
		}
	}
	return errors.Join(errs...)
}

func main() {
	users := []User{
		{Name: "Ann", Email: "ann@example.com", Age: 30},
		{Email: "nope", Age: 200},
		{Name: "Bob", Email: "bob@x", Age: -1, Bio: "hi"},
	}
	for i, u := range users {
		err := Validate(u)
		if err == nil {
			fmt.Printf("user %d ok: %+v\n", i, u)
			continue
		}
		fmt.Printf("user %d invalid:\n%v\n", i, err)
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first: %s (%T)\n", fe.Field, fe)
		}
	}
	t, _ := reflect.TypeOf(User{}).FieldByName("Email")
	fmt.Println(t.Tag, t.Type, t.Index)
}
