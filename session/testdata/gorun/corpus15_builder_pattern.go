package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method  string
	URL     string
	Headers map[string]string
	Body    string
}

type RequestBuilder struct {
	req  Request
	errs []string
}

func NewRequest(url string) *RequestBuilder {
	return &RequestBuilder{req: Request{Method: "GET", URL: url, Headers: map[string]string{}}}
}

func (b *RequestBuilder) Method(m string) *RequestBuilder {
	m = strings.ToUpper(m)
	switch m {
	case "GET", "POST", "PUT", "DELETE":
		b.req.Method = m
	default:
		b.errs = append(b.errs, "bad method "+m)
	}
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	b.req.Headers[k] = v
	return b
}

func (b *RequestBuilder) Body(s string) *RequestBuilder {
	b.req.Body = s
	return b.Header("Content-Length", fmt.Sprint(len(s)))
}

func (b *RequestBuilder) Build() (Request, error) {
	if len(b.errs) > 0 {
		return Request{}, errors.New(strings.Join(b.errs, "; "))
	}
	return b.req, nil
}

func (r Request) String() string {
	keys := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s\n", r.Method, r.URL)
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s: %s\n", k, r.Headers[k])
	}
	if r.Body != "" {
		sb.WriteString("\n" + r.Body + "\n")
	}
	return sb.String()
}

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
}

func From(t string) Query { return Query{table: t} }

func (q Query) Where(c string) Query {
	q.wheres = append(q.wheres, c)
	return q
}
func (q Query) OrderBy(o string) Query { q.order = o; return q }
func (q Query) Limit(n int) Query      { q.limit = n; return q }
func (q Query) SQL() string {
	s := "SELECT * FROM " + q.table
	if len(q.wheres) > 0 {
		s += " WHERE " + strings.Join(q.wheres, " AND ")
	}
	if q.order != "" {
		s += " ORDER BY " + q.order
	}
	if q.limit > 0 {
		s += fmt.Sprintf(" LIMIT %d", q.limit)
	}
	return s
}

func main() {
	r, err := NewRequest("/api/users").Method("post").Header("Accept", "json").Body(`{"n":1}`).Build()
	fmt.Print(r, err, "\n")
	_, err = NewRequest("/x").Method("fetch").Method("yank").Build()
	fmt.Println(err)
	base := From("users").Where("age > 18")
	q1 := base.Where("active").OrderBy("name").Limit(10)
	q2 := base.Where("banned")
	fmt.Println(q1.SQL())
	fmt.Println(q2.SQL())
	fmt.Println(base.SQL())
	fmt.Printf("%v\n", From("t").Limit(3))
}
