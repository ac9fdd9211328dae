package main

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

type Product struct {
	ID        int       `db:"id,pk"`
	Name      string    `db:"name"`
	Price     float64   `db:"price"`
	InStock   bool      `db:"in_stock"`
	CreatedAt time.Time `db:"created_at"`
	Notes     string    `db:"-"`
	internal  int
}

type Order struct {
	OrderID  int64  `db:"order_id,pk"`
	Customer string `db:"customer"`
	Qty      int
}

func tableName(t reflect.Type) string {
	return strings.ToLower(t.Name()) + "s"
}

func buildInsert(row any) (string, []any) {
	v := reflect.Indirect(reflect.ValueOf(row))
	t := v.Type()
	var cols, marks []string
	var args []any
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.PkgPath != "" {
			continue
		}
		tag := f.Tag.Get("db")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if opts == "pk" && v.Field(i).IsZero() {
			continue // let the database assign it
		}
		cols = append(cols, name)
		marks = append(marks, fmt.Sprintf("$%d", len(cols)))
		args = append(args, v.Field(i).Interface())
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)",
		tableName(t), strings.Join(cols, ", "), strings.Join(marks, ", "))
	return q, args
}

func main() {
	created := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	rows := []any{
		Product{Name: "Widget", Price: 9.99, InStock: true, CreatedAt: created, Notes: "x"},
		&Product{ID: 42, Name: "Gadget", Price: 24.5, CreatedAt: created},
		Order{Customer: "acme", Qty: 3},
		Order{OrderID: 1001, Customer: "globex", Qty: 1},
	}
	for _, r := range rows {
		q, args := buildInsert(r)
		fmt.Println(q)
		for i, a := range args {
			if tm, ok := a.(time.Time); ok {
				a = tm.Format(time.RFC3339)
			}
			fmt.Printf("  $%d = %v (%T)\n", i+1, a, args[i])
		}
	}
}
