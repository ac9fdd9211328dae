package main

import (
	"errors"
	"fmt"
	"strings"
)

type Query struct {
	table   string
	fields  []string
	where   []string
	orderBy string
	limit   int
}

type QueryBuilder struct {
	q    Query
	errs []error
}

func Select(fields ...string) *QueryBuilder {
	return &QueryBuilder{q: Query{fields: fields}}
}

func (b *QueryBuilder) From(table string) *QueryBuilder {
	b.q.table = table
	return b
}

func (b *QueryBuilder) Where(cond string) *QueryBuilder {
	if strings.TrimSpace(cond) == "" {
		b.errs = append(b.errs, errors.New("empty where clause"))
		return b
	}
	b.q.where = append(b.q.where, cond)
	return b
}

func (b *QueryBuilder) OrderBy(f string) *QueryBuilder { b.q.orderBy = f; return b }

func (b *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		b.errs = append(b.errs, fmt.Errorf("negative limit %d", n))
	}
	b.q.limit = n
	return b
}

func (b *QueryBuilder) Build() (string, error) {
	if b.q.table == "" {
		b.errs = append(b.errs, errors.New("no table"))
	}
	if len(b.errs) > 0 {
		return "", errors.Join(b.errs...)
	}
	var sb strings.Builder
	fields := "*"
	if len(b.q.fields) > 0 {
		fields = strings.Join(b.q.fields, ", ")
	}
	fmt.Fprintf(&sb, "SELECT %s FROM %s", fields, b.q.table)
	if len(b.q.where) > 0 {
		sb.WriteString(" WHERE " + strings.Join(b.q.where, " AND "))
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

	_, err = Select("x").Where(" ").Limit(-1).Build()
	fmt.Printf("error:\n%v\n", err)

	b := Select("a").From("t")
	b.Where("a IS NOT NULL")
	fmt.Printf("%+v\n", b.q)
	s, _ := b.Build()
	fmt.Println(s)
}
