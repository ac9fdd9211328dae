package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entry struct {
	Date        string
	Description string
	Change      int // cents
}

func money(cents int, currency string) string {
	sym := map[string]string{"USD": "$", "EUR": "€"}[currency]
	neg := cents < 0
	if neg {
		cents = -cents
	}
	whole := fmt.Sprint(cents / 100)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	s := fmt.Sprintf("%s%s.%02d", sym, strings.Join(parts, ","), cents%100)
	if neg {
		return "(" + s + ")"
	}
	return s + " "
}

func FormatLedger(currency string, entries []Entry) (string, error) {
	if currency != "USD" && currency != "EUR" {
		return "", errors.New("invalid currency")
	}
	es := append([]Entry(nil), entries...)
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Description != b.Description {
			return a.Description < b.Description
		}
		return a.Change < b.Change
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-10s | %-25s | %s\n", "Date", "Description", "Change")
	for _, e := range es {
		if len(e.Date) != 10 {
			return "", fmt.Errorf("invalid date %q", e.Date)
		}
		d := e.Date[5:7] + "/" + e.Date[8:10] + "/" + e.Date[0:4]
		desc := e.Description
		if len([]rune(desc)) > 25 {
			desc = string([]rune(desc)[:22]) + "..."
		}
		fmt.Fprintf(&sb, "%-10s | %-25s | %13s\n", d, desc, money(e.Change, currency))
	}
	return sb.String(), nil
}

func main() {
	entries := []Entry{
		{"2015-01-02", "Get present", 1000},
		{"2015-01-01", "Buy present", -1000},
		{"2015-01-01", "Freude schoner Gotterfunken and more", -123456},
		{"2015-01-03", "Salary", 987654321},
		{"2015-01-01", "Buy present", -5},
	}
	for _, cur := range []string{"USD", "EUR", "GBP"} {
		out, err := FormatLedger(cur, entries)
		if err != nil {
			fmt.Println(cur, "error:", err)
			continue
		}
		fmt.Print(out)
	}
	_, err := FormatLedger("USD", []Entry{{"2015-1-1", "x", 1}})
	fmt.Println(err)
	out, _ := FormatLedger("USD", nil)
	fmt.Printf("%q\n", out)
}
