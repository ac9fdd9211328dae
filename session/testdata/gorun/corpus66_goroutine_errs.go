package main

import (
	"errors"
	"fmt"
	"sync"
)

type task struct {
	name string
	fail bool
}

func runTask(t task) error {
	if t.fail {
		return fmt.Errorf("task %s: failed", t.name)
	}
	return nil
}

func firstError(tasks []task) error {
	errCh := make(chan error, len(tasks))
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func(t task) {
			defer wg.Done()
			errCh <- runTask(t)
		}(t)
	}
	wg.Wait()
	close(errCh)
	var errs []error
	for err := range errCh {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	// Order of arrival is random; report a count and whether all failures were seen.
	return fmt.Errorf("%d of %d tasks failed", len(errs), len(tasks))
}

func collectOrdered(tasks []task) []error {
	errs := make([]error, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = runTask(t)
		}()
	}
	wg.Wait()
	return errs
}

func main() {
	tasks := []task{{"a", false}, {"b", true}, {"c", false}, {"d", true}}
	fmt.Println(firstError(tasks))
	fmt.Println(firstError(tasks[:1]))
	errs := collectOrdered(tasks)
	for i, e := range errs {
		fmt.Println(i, e)
	}
	joined := errors.Join(errs...)
	fmt.Println(joined)
}
