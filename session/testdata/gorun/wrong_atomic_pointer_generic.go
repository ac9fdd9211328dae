package main

import (
	"fmt"
	"sync/atomic"
)

type Box[T any] struct {
	cur atomic.Pointer[T]
}

func (b *Box[T]) Get() *T  { return b.cur.Load() }
func (b *Box[T]) Set(v *T) { b.cur.Store(v) }

type config struct{ Name string }

func main() {
	var b Box[config]
	fmt.Println("box empty:", b.Get() == nil)
	b.Set(&config{"boxed"})
	fmt.Printf("%+v\n", *b.Get())
}
