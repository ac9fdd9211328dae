package main

import (
	"fmt"
	"reflect"
)

type Address struct {
	Street string
	City   string
}

type User struct {
	ID       int     `json:"id" db:"user_id"`
	Name     string  `json:"name" db:"name"`
	Email    string  `json:"email,omitempty"`
	Score    float64 `json:"score"`
	Active   bool
	Tags     []string
	Home     Address
	password string
}

func main() {
	u := User{
		ID:       7,
		Name:     "Ada",
		Email:    "ada@example.com",
		Score:    91.5,
		Active:   true,
		Tags:     []string{"admin", "ops"},
		Home:     Address{"1 Loop Rd", "Cupertino"},
		password: "secret",
	}

	t := reflect.TypeOf(u)
	v := reflect.ValueOf(u)
	fmt.Println("type:", t.Name(), "kind:", t.Kind(), "fields:", t.NumField())

	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() {
			fmt.Printf("%-8s (unexported, %s)\n", f.Name, f.Type)
			continue
		}
		fmt.Printf("%-8s %-10s json=%-18q db=%-10q value=%v\n",
			f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), fv.Interface())
	}

	home, ok := t.FieldByName("Home")
	if ok {
		fmt.Println("Home is a", home.Type.Kind(), "with", home.Type.NumField(), "fields at index", home.Index)
	}
	if _, ok := t.FieldByName("Missing"); !ok {
		fmt.Println("no field Missing")
	}
}
