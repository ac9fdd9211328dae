package session

import (
	"fmt"
	"reflect"
)

// yaegi v0.16.1 compiles a select statement once, with one array of cases
// that every run of it fills in before calling reflect.Select: goroutines
// running the same select at once (workers each waiting on their context
// and a timer) race on it, and one may wait on another's channels, for
// ever or for the other's value, without an error. The cell front end
// writes each select as a call of Select (cellsrc/selects.go), whose cases
// are the caller's own; the values received and sent pass through pointers
// to variables of the channel's element type, so that they keep the
// interpreter's types.

// selectCase is one communication of a select: a receive into *into (nil:
// the value is dropped) or a send of *from.
type selectCase struct {
	send     bool
	ch       reflect.Value
	value    reflect.Value // *T: where the value received goes, or what is sent
	hasValue bool
}

func selectRecv(ch any, into any) selectCase {
	c := selectCase{ch: reflect.ValueOf(ch)}
	if into != nil {
		c.value, c.hasValue = reflect.ValueOf(into), true
	}
	return c
}

func selectSend(ch any, from any) selectCase {
	return selectCase{send: true, ch: reflect.ValueOf(ch), value: reflect.ValueOf(from), hasValue: true}
}

// selectInterrupted ends a goroutine, or the cell, waiting in a select
// when the user interrupts, as the interpreter's own select did.
type selectInterrupted struct{}

func (selectInterrupted) Error() string { return "execution interrupted" }

// choose runs a select: the index of the case chosen (-1 for the default
// case) and, for a receive, whether the value came from a send.
func (s *Session) choose(hasDefault bool, cases ...selectCase) (int, bool) {
	rcases := make([]reflect.SelectCase, 0, len(cases)+2)
	for _, c := range cases {
		rc := reflect.SelectCase{Dir: reflect.SelectRecv, Chan: c.ch}
		if c.send {
			rc.Dir = reflect.SelectSend
			rc.Send = c.value.Elem()
		}
		if c.ch.Kind() != reflect.Chan {
			// A nil channel's case is never ready; nil is what an untyped
			// nil channel operand leaves here.
			rc.Chan = reflect.Value{}
			if c.send {
				rc.Send = reflect.Value{}
			}
		} else if c.send && rc.Send.Type() != c.ch.Type().Elem() {
			panic(fmt.Sprintf("gogil: select sends a %s on a %s", rc.Send.Type(), c.ch.Type()))
		}
		rcases = append(rcases, rc)
	}
	wake := s.wakeChannel()
	rcases = append(rcases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(wake)})
	if hasDefault {
		rcases = append(rcases, reflect.SelectCase{Dir: reflect.SelectDefault})
	}
	i, v, ok := reflect.Select(rcases)
	switch {
	case i == len(cases):
		panic(selectInterrupted{})
	case i > len(cases):
		return -1, false
	}
	if c := cases[i]; !c.send && c.hasValue && c.value.IsValid() && !c.value.IsNil() {
		c.value.Elem().Set(v)
	}
	return i, ok
}
