package session

import (
	"context"
	"strings"
	"testing"
)

// Methods of one name on generic types with as many type parameters, over
// several cells (cellsrc/genericmethods.go): the later type's are renamed,
// and the cells after it call the hidden names.
func TestGenericMethodsAcrossCells(t *testing.T) {
	const stack = "type Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\nfunc (s *Stack[T]) Len() int { return len(s.items) }\nfunc (s Stack[T]) String() string { return fmt.Sprint(\"S\", s.items) }"
	const queue = "type Queue[T any] struct{ items []T }\nfunc (q *Queue[T]) Push(v T) { q.items = append(q.items, v, v) }\nfunc (q *Queue[T]) Len() int { return 10 * len(q.items) }\nfunc (q Queue[T]) String() string { return fmt.Sprint(\"Q\", q.items) }"
	tests := []struct {
		name  string
		cells []string
		want  string
	}{
		{"the second type in a later cell", []string{stack, queue, "s, q := &Stack[int]{}, &Queue[int]{}\ns.Push(1)\nq.Push(2)\nfmt.Println(s.Len(), q.Len(), *s, *q)"}, "1 20 S[1] Q[2 2]"},
		{"a later cell calls both through method values", []string{stack + "\n" + queue, "s, q := &Stack[string]{}, &Queue[string]{}", "push, qlen := q.Push, q.Len\npush(\"a\")\ns.Push(\"b\")\nfmt.Printf(\"%v %s %d %d\\n\", s, q, qlen(), (*Stack[string]).Len(s))"}, "S[b] Q[a a] 20 1"},
		{"a later type's method called in a function of a later cell", []string{stack, queue, "func total(s *Stack[int], q *Queue[int]) int { return s.Len() + q.Len() }", "s, q := &Stack[int]{}, &Queue[int]{}\nq.Push(1)\nfmt.Println(total(s, q))"}, "20"},
		{"a generic function keeps its name", []string{"func Len[T any](xs []T) int { return -len(xs) }", queue, "q := &Queue[int]{}\nq.Push(3)\nfmt.Println(Len([]int{1}), q.Len())"}, "-1 20"},
		{"the same cell run again", []string{stack, queue, queue, "q := &Queue[int]{}\nq.Push(3)\nfmt.Println(q.Len(), *q)"}, "20 Q[3 3]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			var rec *recorder
			for _, c := range tt.cells {
				rec, _ = run(t, s, c)
			}
			if got := strings.TrimSpace(rec.out()); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}

// What a renamed method cannot serve is refused with an error naming it.
func TestGenericMethodsRefused(t *testing.T) {
	const types = "type Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Len() int { return len(s.items) }\nfunc (s Stack[T]) String() string { return \"S\" }\ntype Queue[T any] struct{ items []T }\nfunc (q *Queue[T]) Len() int { return len(q.items) }\nfunc (q Queue[T]) String() string { return \"Q\" }\ntype Lener interface{ Len() int }"
	tests := []struct{ name, code, want string }{
		{"an interface that lists it", "var l Lener = &Queue[int]{}", "a value of *Queue[int] is used as Lener, which lists Len"},
		{"sort.Interface's Len", "import \"sort\"\nfunc sorted(q *Queue[int]) bool { return sort.IsSorted(q) }", "lists Len"},
		{"a constraint that lists it", "func size[C Lener](c C) int { return c.Len() }\nfmt.Println(size(&Queue[int]{}))", "a value of *Queue[int] is used as Lener"},
		{"a String method held in any", "var x any = Queue[int]{}", "where library code looks the method String up"},
		{"an assertion to an interface that lists it", "var x any = 1\n_, ok := x.(Lener)\nfmt.Println(ok)", "an assertion to Lener, which lists Len"},
		{"a value the cell ends with, displayed", "Queue[int]{}", "would be displayed without its method String"},
		{"a call's result the cell ends with", "func mk() (*Queue[int], int) { return nil, 0 }\nmk()", "would be displayed without its method String"},
		{"a generic function named like a kept method", "func Len[T any](xs []T) int { return 0 }", "the generic function Len has the name of a method Len of the generic type Stack"},
		{"a generic type named like a kept method", "type String[T any] struct{}", "the generic type String has the name of a method String of the generic type Stack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			run(t, s, types)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			if e == nil || !strings.Contains(e.Value, tt.want) {
				t.Fatalf("error %v, printed %q; want one with %q", e, rec.out(), tt.want)
			}
			// The kernel stays up, and what was declared still runs.
			rec, _ = run(t, s, "q := &Queue[int]{}\nfmt.Println(q.Len(), (&Stack[int]{}).Len(), *q)")
			if got := strings.TrimSpace(rec.out()); got != "0 0 Q" {
				t.Errorf("then printed %q", got)
			}
		})
	}
}
