package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Product struct {
	ID    int      `json:"id" validate:"required"`
	Name  string   `json:"name" validate:"min=3"`
	Price float64  `json:"price"`
	Tags  []string `json:"tags,omitempty"`
}

func validate(p Product) []string {
	var problems []string
	t := reflect.TypeOf(p)
	v := reflect.ValueOf(p)
	for i := 0; i < t.NumField(); i++ {
		rule := t.Field(i).Tag.Get("validate")
		switch {
		case rule == "required" && v.Field(i).IsZero():
			problems = append(problems, t.Field(i).Name+" is required")
		case strings.HasPrefix(rule, "min="):
			if v.Field(i).Len() < 3 {
				problems = append(problems, t.Field(i).Name+" is too short")
			}
		}
	}
	return problems
}

func main() {
	p := Product{ID: 1, Name: "Pen", Price: 1.5, Tags: []string{"office"}}
	t := reflect.TypeOf(p)
	fmt.Println(t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%-5s %-8v json=%-16q validate=%q\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"))
	}
	v := reflect.ValueOf(&p).Elem()
	for i := 0; i < v.NumField(); i++ {
		fmt.Printf("%v ", v.Field(i).Interface())
	}
	fmt.Println()
	v.FieldByName("Price").SetFloat(2.25)
	v.Field(1).SetString("Pencil")
	fmt.Println(p.Name, p.Price, v.Field(0).Int(), v.Field(3).Len())
	fmt.Println(validate(Product{Name: "ab"}), validate(p))
	for _, x := range []any{1, "s", 2.5, []int{1}, map[string]bool{}, &p, nil} {
		if x == nil {
			fmt.Println("nil value")
			continue
		}
		fmt.Println(reflect.TypeOf(x).Kind(), reflect.ValueOf(x).Kind())
	}
	fmt.Println(reflect.DeepEqual(p, p), reflect.DeepEqual(p, Product{}))
}
