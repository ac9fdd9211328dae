package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table   string
	columns []string
	wheres  []string
	orderBy string
	limit   int
}

type QueryBuilder struct {
	q    Query
	errs []string
}

func Select(cols ...string) *QueryBuilder {
	return &QueryBuilder{q: Query{columns: cols}}
}

func (b *QueryBuilder) From(table string) *QueryBuilder {
	b.q.table = table
	return b
}

func (b *QueryBuilder) Where(cond string) *QueryBuilder {
	b.q.wheres = append(b.q.wheres, cond)
	return b
}

func (b *QueryBuilder) OrderBy(col string) *QueryBuilder {
	b.q.orderBy = col
	return b
}

func (b *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		b.errs = append(b.errs, fmt.Sprintf("negative limit %d", n))
	}
	b.q.limit = n
	return b
}

func (b *QueryBuilder) Build() (string, error) {
	if b.q.table == "" {
		b.errs = append(b.errs, "no table")
	}
	if len(b.errs) > 0 {
		return "", fmt.Errorf("build: %s", strings.Join(b.errs, "; "))
	}
	var sb strings.Builder
	cols := "*"
	if len(b.q.columns) > 0 {
		cols = strings.Join(b.q.columns, ", ")
	}
	fmt.Fprintf(&sb, "SELECT %s FROM %s", cols, b.q.table)
	if len(b.q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(b.q.wheres, " AND "))
	}
	if b.q.orderBy != "" {
		sb.WriteString(" ORDER BY " + b.q.orderBy)
	}
	if b.q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", b.q.limit)
	}
	return sb.String(), nil
}

func main() {
	sql, err := Select("id", "name").From("users").Where("age > 18").Where("active = 1").OrderBy("name").Limit(10).Build()
	fmt.Println(sql, err)

	sql, err = Select().From("orders").Build()
	fmt.Println(sql, err)

	_, err = Select("x").Limit(-1).Build()
	fmt.Println("error:", err)

	b := Select("a").From("t")
	for i := range 3 {
		b.Where(fmt.Sprintf("c%d = %d", i, i*i))
	}
	s, _ := b.Build()
	fmt.Println(s)
}
