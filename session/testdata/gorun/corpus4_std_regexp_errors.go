package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(key string) error {
	if key == "" {
		return &QueryError{Query: "empty", Err: fmt.Errorf("lookup: %w", ErrNotFound)}
	}
	return nil
}

func main() {
	re := regexp.MustCompile(`a(x*)b`)
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "T"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"))
	fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "$1"))
	upper := regexp.MustCompile(`\b[a-z]`)
	fmt.Println(upper.ReplaceAllStringFunc("the quick brown fox", strings.ToUpper))

	re2 := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w+)`)
	src := "a=1 bb=22 ccc=333"
	fmt.Println(re2.FindAllStringSubmatchIndex(src, -1))
	fmt.Printf("%q\n", re2.FindAllStringSubmatch(src, 2))
	fmt.Println(re2.SubexpNames(), re2.NumSubexp(), re2.SubexpIndex("val"))
	m := re2.FindStringSubmatch("zz=9")
	for i, name := range re2.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	tmpl := []byte{}
	for _, sub := range re2.FindAllStringSubmatchIndex(src, -1) {
		tmpl = re2.ExpandString(tmpl, "$val<-$key;", src, sub)
	}
	fmt.Println(string(tmpl))
	date := regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	fmt.Println(date.ReplaceAllString("on 2024-02-29 and 2023-01-01", "$3/$2/$1"))
	fmt.Println(date.MatchString("1999-12-31"), date.FindStringIndex("x 2000-01-01"), date.String())
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2?"), regexp.MustCompile(`(?i)go+`).FindAllString("Go gooo GOO", -1))

	err = lookup("")
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(err, fs.ErrNotExist))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(errors.Unwrap(wrapped))) == ErrNotFound)
	_, err = os.Open("/no/such/file/anywhere")
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op, pe.Path)
	joined := errors.Join(ErrNotFound, fs.ErrPermission)
	fmt.Println(errors.Is(joined, fs.ErrPermission), strings.ReplaceAll(joined.Error(), "\n", "|"))
	fmt.Println(lookup("x") == nil)
}
