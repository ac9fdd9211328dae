package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Qty   int
	Price float64
}

func parseLine(line string) (Record, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 3 {
		return Record{}, fmt.Errorf("line %q: want 3 fields, got %d", line, len(fields))
	}
	qty, err := strconv.Atoi(strings.TrimSpace(fields[1]))
	if err != nil {
		return Record{}, fmt.Errorf("qty: %w", err)
	}
	price, err := strconv.ParseFloat(strings.TrimSpace(fields[2]), 64)
	if err != nil {
		return Record{}, fmt.Errorf("price: %w", err)
	}
	return Record{strings.TrimSpace(fields[0]), qty, price}, nil
}

func main() {
	dir, err := os.MkdirTemp("", "corpus20")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "items.csv")
	data := "apple, 3, 0.5\nbanana,x,1\npear,2\nplum, 10, 0.25\ncherry,1,abc\n"
	err = os.WriteFile(path, []byte(data), 0o644)
	fmt.Println("write err:", err)
	content, err := os.ReadFile(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	var total float64
	var good []Record
	for i, line := range strings.Split(strings.TrimSpace(string(content)), "\n") {
		rec, err := parseLine(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("%d: bad number %q (%v)\n", i, numErr.Num, numErr.Err)
			} else {
				fmt.Printf("%d: %v\n", i, err)
			}
			continue
		}
		good = append(good, rec)
		total += float64(rec.Qty) * rec.Price
	}
	fmt.Printf("%d good, total %.2f\n", len(good), total)
	fmt.Printf("%+v\n", good)
	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(errors.Is(err, os.ErrNotExist))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-45)+"!", strconv.FormatInt(255, 2))
}
