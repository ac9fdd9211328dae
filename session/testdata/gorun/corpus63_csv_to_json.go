package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type City struct {
	Name       string  `json:"name"`
	Country    string  `json:"country"`
	Population int     `json:"population"`
	Capital    bool    `json:"capital"`
	Area       float64 `json:"area_km2,omitempty"`
}

func rowToCity(header, row []string) (City, error) {
	var c City
	for i, col := range header {
		v := strings.TrimSpace(row[i])
		switch col {
		case "name":
			c.Name = v
		case "country":
			c.Country = v
		case "population":
			n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
			if err != nil {
				return c, fmt.Errorf("population of %s: %w", c.Name, err)
			}
			c.Population = n
		case "capital":
			b, err := strconv.ParseBool(v)
			if err != nil {
				return c, fmt.Errorf("capital of %s: %w", c.Name, err)
			}
			c.Capital = b
		case "area":
			if v != "" {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil {
					return c, err
				}
				c.Area = f
			}
		}
	}
	return c, nil
}

func main() {
	in := `name;country;population;capital;area
Paris;France;2_102_650;true;105.4
Lyon;France;522_250;false;
Tokyo;Japan;13_960_000;yes;2194
Oslo;Norway;x;true;454
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comma = ';'
	r.FieldsPerRecord = 5
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	var cities []City
	for _, row := range rows[1:] {
		c, err := rowToCity(rows[0], row)
		if err != nil {
			fmt.Fprintln(os.Stdout, "skip:", err)
			continue
		}
		cities = append(cities, c)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(cities); err != nil {
		fmt.Println(err)
	}

	r2 := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = r2.ReadAll()
	fmt.Println("err:", err)
	r3 := csv.NewReader(strings.NewReader("# comment\n x , y \n"))
	r3.Comment = '#'
	r3.TrimLeadingSpace = true
	rec, _ := r3.Read()
	fmt.Printf("%q\n", rec)
}
