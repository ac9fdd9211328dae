package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
)

type item struct {
	line int
	val  int
	err  error
}

func parse(ctx context.Context, lines []string) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for i, l := range lines {
			n, err := strconv.Atoi(l)
			it := item{line: i + 1, val: n}
			if err != nil {
				it.err = fmt.Errorf("line %d: %w", i+1, err)
			}
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func double(ctx context.Context, in <-chan item) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for it := range in {
			if it.err == nil {
				it.val *= 2
			}
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func run(lines []string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sum := 0
	for it := range double(ctx, parse(ctx, lines)) {
		if it.err != nil {
			return sum, it.err
		}
		sum += it.val
	}
	return sum, nil
}

func main() {
	sum, err := run([]string{"1", "2", "3", "4"})
	fmt.Println(sum, err)

	sum, err = run([]string{"10", "20", "oops", "40"})
	fmt.Println(sum, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("bad value %q, cause: %v\n", ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
}
