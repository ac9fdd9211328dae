package native

import (
	"context"
	"testing"

	"github.com/gogil/gogil/gil"
)

const fibCell = `%%native
func fibonacci(n uint64) uint64 {
	if n <= 1 {
		return n
	}
	var a, b uint64 = 0, 1
	c := a + b
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}

type Point struct{ X, Y int }

const Big = 1e9
`

func TestCompileAndCall(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	cell, err := c.Compile(context.Background(), "\n"+fibCell[len("%%native\n"):], false)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(cell.Binding, cell.Took)
	fib := cell.Package[cell.ImportPath+"/native"]["fibonacci"].Interface().(func(uint64) uint64)
	if got := fib(90); got != 2880067194370816120 {
		t.Fatalf("fibonacci(90) = %d", got)
	}
}
