package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type record struct {
	Name  string
	Age   int
	Email string
}

func main() {
	in := `name,age,email
"Smith, John",42,john@example.com
Jane Doe,37,"jane@example.com"
"Quote ""Q"" Man",29,q@example.com
`
	r := csv.NewReader(strings.NewReader(in))
	header, err := r.Read()
	fmt.Println(header, err)
	var people []record
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			return
		}
		age, _ := strconv.Atoi(row[1])
		people = append(people, record{row[0], age, row[2]})
	}
	for _, p := range people {
		fmt.Printf("%+v\n", p)
	}

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "note"})
	for _, p := range people {
		w.Write([]string{p.Name, "age " + strconv.Itoa(p.Age)})
	}
	w.Flush()
	fmt.Println("flush err:", w.Error())

	semi := csv.NewReader(strings.NewReader("a;b;c\n# comment\n1;2;3\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, err := semi.ReadAll()
	fmt.Println(all, err)

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	var pe *csv.ParseError
	fmt.Println(errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))
	if pe != nil {
		fmt.Println(pe.Line, pe.Column)
	}
	q := csv.NewReader(strings.NewReader("x,\"unterminated\n"))
	_, err = q.Read()
	fmt.Println(err)
}
