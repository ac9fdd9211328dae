package main

import (
	"fmt"
	"strings"
)

type MultiError struct {
	errs []error
}

func (m *MultiError) Add(err error) {
	if err != nil {
		m.errs = append(m.errs, err)
	}
}

func (m *MultiError) Error() string {
	parts := make([]string, len(m.errs))
	for i, e := range m.errs {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: [%s]", len(m.errs), strings.Join(parts, "; "))
}

func (m *MultiError) ErrOrNil() error {
	if m == nil || len(m.errs) == 0 {
		return nil
	}
	return m
}

func (m *MultiError) Unwrap() []error { return m.errs }

type Rule func(string) error

func minLen(n int) Rule {
	return func(s string) error {
		if len(s) < n {
			return fmt.Errorf("shorter than %d", n)
		}
		return nil
	}
}

func hasDigit(s string) error {
	if !strings.ContainsAny(s, "0123456789") {
		return fmt.Errorf("no digit")
	}
	return nil
}

func check(pw string, rules ...Rule) error {
	var me MultiError
	for _, r := range rules {
		me.Add(r(pw))
	}
	return me.ErrOrNil()
}

func main() {
	for _, pw := range []string{"abc", "abcdefgh", "abc1", "secret99"} {
		err := check(pw, minLen(6), hasDigit)
		if err != nil {
			fmt.Printf("%-9s %v\n", pw, err)
		} else {
			fmt.Printf("%-9s ok\n", pw)
		}
	}
}
