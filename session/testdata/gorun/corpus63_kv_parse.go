package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

var ErrEmpty = errors.New("empty input")

type Options struct {
	Name    string
	Retries int
	Verbose bool
	Timeout time.Duration
	Ratio   float64
	Tags    []string
}

func parseOptions(s string) (Options, error) {
	var o Options
	if strings.TrimSpace(s) == "" {
		return o, ErrEmpty
	}
	var errs []error
	for _, pair := range strings.Fields(s) {
		k, v, ok := strings.Cut(pair, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("%q: missing '='", pair))
			continue
		}
		var err error
		switch k {
		case "name":
			o.Name = v
		case "retries":
			o.Retries, err = strconv.Atoi(v)
		case "verbose":
			o.Verbose, err = strconv.ParseBool(v)
		case "timeout":
			o.Timeout, err = time.ParseDuration(v)
		case "ratio":
			o.Ratio, err = strconv.ParseFloat(v, 64)
		case "tags":
			o.Tags = strings.Split(v, ",")
		default:
			err = fmt.Errorf("unknown key")
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", k, err))
		}
	}
	return o, errors.Join(errs...)
}

func main() {
	o, err := parseOptions("name=svc retries=3 verbose=true timeout=1m500ms ratio=0.75 tags=a,b,c")
	fmt.Printf("%+v err=%v\n", o, err)

	o, err = parseOptions("name=x retries=three bogus timeout=5 color=red")
	fmt.Printf("%+v\n", o)
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num)

	_, err = parseOptions("  ")
	fmt.Println(errors.Is(err, ErrEmpty), err)

	q, err := url.ParseQuery("b=2&a=1&a=3&c=hello+world&d=%2Fpath")
	fmt.Println(err)
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, q[k], q.Get(k))
	}
	fmt.Println(q.Encode())
	u, _ := url.Parse("https://user@example.com:8443/a/b?x=1#frag")
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment, u.User.Username())
	fmt.Println(url.QueryEscape("a b&c"), url.PathEscape("a b/c"))
}
