package main

import (
	"context"
	"fmt"
)

// an unexported key type prevents collisions with other packages' keys
type ctxKey int

const (
	userKey ctxKey = iota
	requestIDKey
)

func WithUser(ctx context.Context, user string) context.Context {
	return context.WithValue(ctx, userKey, user)
}

func UserFrom(ctx context.Context) (string, bool) {
	u, ok := ctx.Value(userKey).(string)
	return u, ok
}

func handle(ctx context.Context) {
	id, _ := ctx.Value(requestIDKey).(int)
	if u, ok := UserFrom(ctx); ok {
		fmt.Printf("request %d by %s\n", id, u)
	} else {
		fmt.Printf("request %d by anonymous\n", id)
	}
}

func main() {
	base := context.Background()
	ctx := context.WithValue(base, requestIDKey, 41)
	handle(ctx)
	ctx = WithUser(ctx, "gopher")
	ctx = context.WithValue(ctx, requestIDKey, 42)
	handle(ctx)
	fmt.Println(ctx.Value("user")) // a string key does not match ctxKey
	fmt.Println(base.Value(userKey))
}
