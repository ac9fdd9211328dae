package main

import (
	"context"
	"fmt"
)

// A context key of a cell type handed to a helper as `k any` missed the
// value stored under the same key (and the other way round).

type ctxKey string

type idKey int

func (k idKey) String() string { return fmt.Sprintf("idKey(%d)", int(k)) }

type pairKey struct{ a, b string }

func get(ctx context.Context, k any) any { return ctx.Value(k) }

func with(ctx context.Context, k, v any) context.Context { return context.WithValue(ctx, k, v) }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	fmt.Println(get(ctx, ctxKey("user")), ctx.Value(ctxKey("user")), get(ctx, "user"))
	ctx = context.WithValue(ctx, idKey(1), "one")
	fmt.Println(get(ctx, idKey(1)), get(ctx, 1))
	ctx = context.WithValue(ctx, pairKey{"x", "y"}, "pair")
	fmt.Println(get(ctx, pairKey{"x", "y"}), ctx.Value(pairKey{"x", "y"}), get(ctx, pairKey{"y", "x"}))
	ctx2 := with(context.Background(), ctxKey("k"), "v2")
	ctx2 = with(ctx2, idKey(2), "v3")
	fmt.Println(ctx2.Value(ctxKey("k")), get(ctx2, ctxKey("k")), ctx2.Value("k"))
	fmt.Println(ctx2.Value(idKey(2)), ctx2.Value(2))
	var k any = ctxKey("user")
	var id any = idKey(1)
	fmt.Println(ctx.Value(k), k, ctx.Value(id), id)
	var plain any = "user"
	fmt.Printf("%v %T %v\n", plain, plain, ctx.Value(plain))
}
