package session

import (
	"flag"
	"fmt"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/session/stdlib"
)

// cellProgram is the program name cells see in os.Args[0] and in flag's
// usage message.
const cellProgram = "gogil-cell"

// commandLine makes cells a program started with no arguments, as go run
// starts one: os.Args is the program's name alone, and package flag works
// on a command line of the session's own. The process's are the kernel's:
// its os.Args name the connection file, which flag.Args() would hand a
// cell as if the user had typed it, and the kernel's flag.CommandLine
// exits the process on a bad flag. The session's ends the cell with a
// panic instead (PanicOnError), after the message and usage Go prints;
// so does a FlagSet a cell makes with ExitOnError.
func (s *Session) commandLine() interp.Exports {
	s.cellArgs = []string{cellProgram}
	s.cellFlags = flag.NewFlagSet(cellProgram, flag.PanicOnError)
	defaultUsage := func() {
		fmt.Fprintf(s.cellFlags.Output(), "Usage of %s:\n", s.cellFlags.Name())
		s.cellFlags.PrintDefaults()
	}
	s.cellUsage = defaultUsage
	// flag.CommandLine's Usage calls flag.Usage, which a cell may replace.
	s.cellFlags.Usage = func() { s.cellUsage() }
	// Go's flag writes to os.Stderr as it is at the time: the cell's
	// stderr, not the process's (the kernel's log).
	stderr := routedWriter{s: s, name: "stderr", pipe: s.streams.Stderr, followUserFile: true}
	s.cellFlags.SetOutput(stderr)

	flags := map[string]reflect.Value{
		"CommandLine": reflect.ValueOf(&s.cellFlags).Elem(),
		"Usage":       reflect.ValueOf(&s.cellUsage).Elem(),
		"NewFlagSet": reflect.ValueOf(func(name string, handling flag.ErrorHandling) *flag.FlagSet {
			if handling == flag.ExitOnError {
				handling = flag.PanicOnError
			}
			set := flag.NewFlagSet(name, handling)
			set.SetOutput(stderr)
			return set
		}),
		// Go's parses os.Args[1:], which a cell may have set to try a
		// command line out.
		"Parse": reflect.ValueOf(func() {
			var args []string
			if len(s.cellArgs) > 1 {
				args = s.cellArgs[1:]
			}
			_ = s.cellFlags.Parse(args) // PanicOnError, unless a cell chose another
		}),
	}
	// Every package-level function that is a method of CommandLine in Go
	// (Int, StringVar, Parse, Args, NArg, Visit, ...) calls the method on
	// the session's CommandLine, looked up at the call: a cell may
	// replace flag.CommandLine, as tests of flag-using code do.
	for name, v := range stdlib.Symbols["flag/flag"] {
		if _, done := flags[name]; done || v.Kind() != reflect.Func {
			continue
		}
		m, ok := reflect.TypeOf(s.cellFlags).MethodByName(name)
		if !ok || !sameSignature(m.Type, v.Type()) {
			continue
		}
		flags[name] = reflect.MakeFunc(v.Type(), func(args []reflect.Value) []reflect.Value {
			return reflect.ValueOf(s.cellFlags).MethodByName(name).Call(args)
		})
	}
	return interp.Exports{
		"os/os":     {"Args": reflect.ValueOf(&s.cellArgs).Elem()},
		"flag/flag": flags,
	}
}

// sameSignature reports whether method (with its receiver first) takes
// and returns what fn does.
func sameSignature(method, fn reflect.Type) bool {
	if method.NumIn() != fn.NumIn()+1 || method.NumOut() != fn.NumOut() || method.IsVariadic() != fn.IsVariadic() {
		return false
	}
	for i := range fn.NumIn() {
		if method.In(i+1) != fn.In(i) {
			return false
		}
	}
	for i := range fn.NumOut() {
		if method.Out(i) != fn.Out(i) {
			return false
		}
	}
	return true
}
