package main

import (
	"fmt"
	"sort"
	"strings"
)

type Query struct {
	table   string
	columns []string
	where   []string
	order   string
	limit   int
}

type QueryBuilder struct {
	q   Query
	err error
}

func Select(cols ...string) *QueryBuilder {
	return &QueryBuilder{q: Query{columns: cols}}
}

func (b *QueryBuilder) From(t string) *QueryBuilder {
	b.q.table = t
	return b
}

func (b *QueryBuilder) Where(cond string) *QueryBuilder {
	b.q.where = append(b.q.where, cond)
	return b
}

func (b *QueryBuilder) OrderBy(col string) *QueryBuilder {
	b.q.order = col
	return b
}

func (b *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		b.err = fmt.Errorf("negative limit %d", n)
	}
	b.q.limit = n
	return b
}

func (b *QueryBuilder) Build() (string, error) {
	if b.err != nil {
		return "", b.err
	}
	if b.q.table == "" {
		return "", fmt.Errorf("no table")
	}
	var sb strings.Builder
	cols := "*"
	if len(b.q.columns) > 0 {
		cols = strings.Join(b.q.columns, ", ")
	}
	fmt.Fprintf(&sb, "SELECT %s FROM %s", cols, b.q.table)
	if len(b.q.where) > 0 {
		sb.WriteString(" WHERE " + strings.Join(b.q.where, " AND "))
	}
	if b.q.order != "" {
		sb.WriteString(" ORDER BY " + b.q.order)
	}
	if b.q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", b.q.limit)
	}
	return sb.String(), nil
}

type HTML struct {
	sb    strings.Builder
	depth int
}

func (h *HTML) Open(tag string, attrs map[string]string) *HTML {
	h.sb.WriteString(strings.Repeat("  ", h.depth) + "<" + tag)
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&h.sb, " %s=%q", k, attrs[k])
	}
	h.sb.WriteString(">\n")
	h.depth++
	return h
}

func (h *HTML) Text(s string) *HTML {
	h.sb.WriteString(strings.Repeat("  ", h.depth) + s + "\n")
	return h
}

func (h *HTML) Close(tag string) *HTML {
	h.depth--
	h.sb.WriteString(strings.Repeat("  ", h.depth) + "</" + tag + ">\n")
	return h
}

func main() {
	sql, err := Select("id", "name").From("users").Where("age > 18").Where("active = 1").OrderBy("name").Limit(10).Build()
	fmt.Println(sql, err)
	sql, err = Select().From("logs").Build()
	fmt.Println(sql, err)
	_, err = Select("x").Limit(-5).From("t").Build()
	fmt.Println("error:", err)
	_, err = Select("x").Build()
	fmt.Println("error:", err)

	var h HTML
	h.Open("ul", map[string]string{"id": "menu", "class": "nav"}).
		Open("li", nil).Text("Home").Close("li").
		Open("li", map[string]string{"class": "active"}).Text("About").Close("li").
		Close("ul")
	fmt.Print(h.sb.String())
	fmt.Println("bytes:", h.sb.Len())
}
