package main

import (
	"context"
	"fmt"
)

type ctxKey string

const (
	requestIDKey ctxKey = "requestID"
	userKey      ctxKey = "user"
)

func handle(ctx context.Context) {
	id, ok := ctx.Value(requestIDKey).(string)
	if !ok {
		id = "unknown"
	}
	user, _ := ctx.Value(userKey).(string)
	fmt.Printf("request %s for user %q\n", id, user)
}

func main() {
	ctx := context.Background()
	handle(ctx)

	ctx = context.WithValue(ctx, requestIDKey, "req-42")
	handle(ctx)

	ctx = context.WithValue(ctx, userKey, "gopher")
	handle(ctx)

	// Child contexts shadow parent values.
	child := context.WithValue(ctx, userKey, "alice")
	handle(child)
	handle(ctx)

	// A plain string key does not collide with the typed key.
	fmt.Println(child.Value("user"))
}
