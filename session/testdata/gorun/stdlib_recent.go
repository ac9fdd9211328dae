package main

import (
	"crypto/sha3"
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
)

// API added to the standard library after Go 1.22, which cells get from
// the tables of the toolchain gogil is built with.
func main() {
	logger := log.New(os.Stdout, "first: ", 0)
	logger.SetPrefix("job: ")
	logger.Println("started")

	sum := sha3.Sum256([]byte("gogil"))
	fmt.Printf("sha3-256 %x\n", sum[:6])

	var wg sync.WaitGroup
	results := make([]int, 3)
	// The work is made by a function, not in the loop: the interpreter
	// shares loop variables between closures (see loopvar_closure.go).
	square := func(i int) func() { return func() { results[i] = i * i } }
	for i := range results {
		wg.Go(square(i))
	}
	wg.Wait()
	fmt.Println("squares", results)

	// An iterator function called with a yield function, not ranged over.
	var fields []string
	strings.FieldsSeq("  a b\tc ")(func(f string) bool {
		fields = append(fields, strings.ToUpper(f))
		return true
	})
	fmt.Println(fields, len(fields))
	fmt.Println(string(fmt.Appendf(nil, "%d-%s", 7, "x")))
}
