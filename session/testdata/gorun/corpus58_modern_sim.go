package main

import (
	"bufio"
	"context"
	"fmt"
	"log"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

type Counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *Counter) Hit(k string) {
	c.Lock()
	defer c.Unlock()
	c.hits[k]++
}

type Cmd struct {
	Verb string
	N    int
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("[sim] ")
	script := `move 3
turn 90
# comment
move 2
jump x
wait 1`
	var cmds []Cmd
	sc := bufio.NewScanner(strings.NewReader(script))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		var c Cmd
		if _, err := fmt.Sscanf(text, "%s %d", &c.Verb, &c.N); err != nil {
			log.Printf("line %d: %q: %v", line, text, err)
			continue
		}
		cmds = append(cmds, c)
	}
	fmt.Printf("%d commands: %+v\n", len(cmds), cmds)

	c := &Counter{hits: map[string]int{}}
	var wg sync.WaitGroup
	for _, cmd := range cmds {
		wg.Go(func() {
			for range cmd.N {
				c.Hit(cmd.Verb)
			}
			time.Sleep(time.Millisecond)
		})
	}
	wg.Wait()
	for _, k := range slices.Sorted(maps.Keys(c.hits)) {
		fmt.Printf("%-5s %*d\n", k, 3, c.hits[k])
	}

	ctx, cancel := context.WithCancel(context.Background())
	ticks := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				fmt.Println("stopped:", ctx.Err())
				return
			case t := <-ticks:
				fmt.Println("tick", t)
			}
		}
	}()
	for t := range 3 {
		ticks <- t
	}
	cancel()
	<-done

	words := "alpha beta  gamma delta epsilon"
	for w := range strings.FieldsSeq(words) {
		fmt.Print(strings.ToUpper(w[:1]), " ")
	}
	fmt.Println()
	for chunk := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(chunk)
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Printf("%[2]s-%[1]d %c %U %08b\n", 7, "x", 'G', 'é', 5)
	log.Println("done")
}
