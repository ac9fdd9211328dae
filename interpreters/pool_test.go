package interpreters

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/gogil/gogil/gil"
)

// fake is a sub-interpreter without an interpreter: compiled functions
// only, which cross by value.
type fake struct{ lock *gil.Lock }

func (f fake) Lock() *gil.Lock { return f.lock }
func (fake) Func(name string) (reflect.Value, error) {
	return reflect.Value{}, errors.New("no " + name)
}
func (fake) Close() {}

func newModule() *Module {
	return New(Host{
		Lock: gil.New(),
		New:  func(string) (Interpreter, error) { return fake{gil.New()}, nil },
		Name: func(reflect.Value) (string, bool) { return "", false },
	})
}

func double(x int) int { return 2 * x }

func explode(x int) int {
	if x == 2 {
		panic("two")
	}
	return x
}

func TestPoolRules(t *testing.T) {
	p, err := newModule().Pool(2)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Map(double, []int{1, 2, 3})
	if err != nil || !reflect.DeepEqual(got, []any{2, 4, 6}) {
		t.Fatalf("Map: %v %v", got, err)
	}
	_, err = p.Map(explode, []int{1, 2})
	var te *TaskError
	if !errors.As(err, &te) || te.Argument != "2" || !strings.HasPrefix(te.Interpreter, "interp-") {
		t.Fatalf("a panic: %v", err)
	}
	if r, err := p.Apply(explode, 1); err != nil || r != 1 {
		t.Fatalf("after a panic the pool is usable: %v %v", r, err)
	}
	if err := p.Join(); !errors.Is(err, ErrStillRunning) {
		t.Fatalf("Join before Close: %v", err)
	}
	p.Close()
	if err := p.Join(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Apply(double, 1); !errors.Is(err, ErrClosed) {
		t.Fatalf("Apply after Close: %v", err)
	}
	q, _ := newModule().Pool(1)
	q.Terminate()
	if _, err := q.Map(double, []int{1}); !errors.Is(err, ErrClosed) {
		t.Fatalf("Map after Terminate: %v", err)
	}
	if err := q.Join(); err != nil {
		t.Fatal(err)
	}
}
