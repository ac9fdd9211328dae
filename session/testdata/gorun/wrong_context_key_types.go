package main

import (
	"context"
	"fmt"
)

type userKey int
type traceKey int
type ctxKey struct{}
type otherKey struct{}

func main() {
	ctx := context.WithValue(context.Background(), userKey(0), "alice")
	ctx = context.WithValue(ctx, ctxKey{}, "struct key")
	fmt.Println(ctx.Value(userKey(0)), ctx.Value(traceKey(0)), ctx.Value(0))
	fmt.Println(ctx.Value(ctxKey{}), ctx.Value(otherKey{}), ctx.Value(struct{}{}))
	get := func(ctx context.Context, k traceKey) any { return ctx.Value(k) }
	ctx = context.WithValue(ctx, traceKey(0), "trace-7")
	fmt.Println(get(ctx, 0), ctx.Value(userKey(0)))
}
