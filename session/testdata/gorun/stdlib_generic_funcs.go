package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"reflect"
	"sync"
	"time"
)

type notFound struct{ name string }

func (e *notFound) Error() string { return "not found: " + e.name }

func main() {
	err := fmt.Errorf("loading: %w", &notFound{"config"})
	if nf, ok := errors.AsType[*notFound](err); ok {
		fmt.Println("missing", nf.name)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println("path error?", ok)
	_, openErr := os.Open("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](openErr); ok {
		fmt.Println(pe.Op, pe.Path)
	}

	loads := 0
	config := sync.OnceValue(func() string {
		loads++
		return "loaded"
	})
	fmt.Println(config(), config(), loads)
	pair := sync.OnceValues(func() (int, error) { return 7, nil })
	n, perr := pair()
	fmt.Println(n, perr)
	n, perr = pair()
	fmt.Println(n, perr)

	roll := rand.N(6) + 1
	fmt.Println(roll >= 1 && roll <= 6)
	wait := rand.N(100 * time.Millisecond)
	fmt.Println(wait < 100*time.Millisecond)
	var small uint8 = 3
	fmt.Println(rand.N(small) < small)

	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[[]string](), reflect.TypeFor[error]().Kind())
}
