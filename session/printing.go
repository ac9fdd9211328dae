package session

import (
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/session/cellfmt"
)

// The fmt and log functions cells call print values of cell types through
// package cellfmt: yaegi's reflect types for them lose field names and
// methods that fmt needs (see cellfmt's doc). Each printing function is
// listed in the interpreter's MapTypes with cellfmt.Wrapped, so that a cell
// value with an Error method reaches it as an error, as one with a String
// method reaches it as a fmt.Stringer.

// printFunctions are fmt's printing functions as cells see them; out is
// where Print, Printf and Println write. Each formats the whole text
// before it writes any, so that a text holding what gogil could not tell
// (printed) is never written.
func printFunctions(out io.Writer, names cellfmt.Namer, wrapped cellfmt.WrapperNamer) map[string]any {
	printf := func(f string, a []any) (string, []any) {
		if names != nil {
			refuseGoSyntaxOfHeld(f, a, names)
		}
		f, b := cellfmt.PrintfNamed(f, a, names, wrapped)
		for _, x := range b {
			if x == any(cellfmt.LostType) {
				// A type printed must be the value's: a gap, which the
				// magics run again as a program.
				panic(gapf("gogil cannot print %%T of a value of a cell struct type held in error or another library interface: the interpreter keeps only one of its fields there, not its type; print %%T of a variable of the struct's own type"))
			}
		}
		return f, b
	}
	sprint := func(a []any) string {
		refuseHeldWrappers("fmt.Print", a)
		return printed("fmt.Print", cellfmt.Sprint(a))
	}
	sprintln := func(a []any) string {
		refuseHeldWrappers("fmt.Println", a)
		return printed("fmt.Println", fmt.Sprintln(cellfmt.Args(a)...))
	}
	sprintf := func(f string, a []any) string {
		refuseHeldWrappers("fmt.Printf", a)
		f, a = printf(f, a)
		return printed("fmt.Printf", fmt.Sprintf(f, a...))
	}
	return map[string]any{
		"Print":    func(a ...any) (int, error) { return io.WriteString(out, sprint(a)) },
		"Printf":   func(f string, a ...any) (int, error) { return io.WriteString(out, sprintf(f, a)) },
		"Println":  func(a ...any) (int, error) { return io.WriteString(out, sprintln(a)) },
		"Sprint":   func(a ...any) string { return sprint(a) },
		"Sprintf":  func(f string, a ...any) string { return sprintf(f, a) },
		"Sprintln": func(a ...any) string { return sprintln(a) },
		"Errorf": func(f string, a ...any) error {
			refuseHeldWrappers("fmt.Errorf", a)
			f, a = printf(f, a)
			err := fmt.Errorf(f, a...)
			printed("fmt.Errorf", err.Error())
			return err
		},
		// fmt's Fprint family calls Write once, never WriteString: a writer
		// of a cell type with both methods must see the call Go makes.
		"Fprint":   func(w io.Writer, a ...any) (int, error) { return w.Write([]byte(sprint(a))) },
		"Fprintf":  func(w io.Writer, f string, a ...any) (int, error) { return w.Write([]byte(sprintf(f, a))) },
		"Fprintln": func(w io.Writer, a ...any) (int, error) { return w.Write([]byte(sprintln(a))) },
		// The Append family formats as the Sprint family does (a %T or %p
		// of a cell value printed fmt's wrapper, cellfmt.Typed, silently).
		"Append":   func(b []byte, a ...any) []byte { return append(b, sprint(a)...) },
		"Appendf":  func(b []byte, f string, a ...any) []byte { return append(b, sprintf(f, a)...) },
		"Appendln": func(b []byte, a ...any) []byte { return append(b, sprintln(a)...) },
	}
}

// refuseHeldWrappers ends the cell on a gap where fmt would print, inside
// a library value among a, the interpreter's wrapper of a cell value by
// its fields (function pointers): what sort.Reverse(people) returns holds
// one. A cell that stands alone runs again as a Go program.
func refuseHeldWrappers(fn string, a []any) {
	if cellfmt.HeldWrapper(a) {
		panic(gapf("gogil cannot print this as Go does (%s): a library value printed holds a value of a cell type in an interface field (as sort.Reverse's result does), which the interpreter keeps in a wrapper fmt would print by its function pointers; print the cell value itself", fn))
	}
}

// printed is text, made by fmt's function fn, unless gogil printed in it
// what it could not tell (cellfmt.Unsure: the type of a value whose reflect
// type several cell types share): the cell then ends on a gap, which
// names it, rather than print a wrong type or value; a cell that stands
// alone runs again as a Go program.
func printed(fn, text string) string {
	if words, ok := cellfmt.Unsure(text); ok {
		way := "print the value without naming its type (%T, %#v)"
		switch {
		case strings.HasPrefix(words, "made of "):
			way = "print it from a variable of its own type, not of an interface type"
		case basicAmong(words):
			way = "hold the value in a variable of its own type before printing it, or convert it (int(x), string(s))"
		case strings.HasPrefix(words, "one of main.") || strings.HasPrefix(words, "one of *main."):
			way = "give those types different fields, or " + way + " or calling their String or Error methods"
		case strings.HasPrefix(words, "one of "):
			// A plain value of the shape may be in the any as well
			// (cellfmt.PlainShape).
			way = "print it from a variable of its own type, or " + way + " or calling a String or Error method"
		}
		panic(gapf("gogil cannot print this as Go does (%s): the type of a value printed is %s; %s", fn, words, way))
	}
	if name, ok := leaked(text); ok {
		panic(leakGap(fn, name))
	}
	if _, inner, ok := strings.Cut(text, "(PANIC="); ok {
		// fmt recovered a gap of a printing call made inside a String or
		// Error method it called, and printed its words: the gap is this
		// call's too.
		if _, words, ok := strings.Cut(inner, " method: "); ok && strings.HasPrefix(words, "gogil cannot") {
			words, _, _ = strings.Cut(words, ")\n")
			panic(gapf("%s", words))
		}
		if method, words, ok := strings.Cut(inner, " method: "); ok && strings.HasPrefix(words, "reflect") {
			// The interpreter's own words for a run-time error (an index
			// out of range the lowering could not write through
			// __gogil.Index), which Go's would not be.
			words, _, _ = strings.Cut(words, ")")
			panic(gapf("gogil cannot print this as Go does (%s): the %s method of a value printed panicked with %q, the interpreter's words for a run-time error whose Go words gogil cannot give", fn, method, words))
		}
	}
	return text
}

// logFunctions wrap the log functions the interpreter has (yaegi's, which
// write to the cell's stderr) so that they print cell values as fmt does;
// each hands log the text fmt made, which log prints as it would have.
func logFunctions(log map[string]reflect.Value) map[string]any {
	functions := map[string]any{}
	for _, name := range []string{"Print", "Panic"} {
		if f, ok := log[name].Interface().(func(...any)); ok {
			functions[name] = func(a ...any) {
				refuseHeldWrappers("log."+name, a)
				f(printed("log."+name, cellfmt.Sprint(a)))
			}
		}
	}
	for _, name := range []string{"Println", "Panicln"} {
		// Print and Panic of Sprintln's text, as log's own Println and
		// Panicln print and panic with it.
		if f, ok := log[strings.TrimSuffix(name, "ln")].Interface().(func(...any)); ok {
			functions[name] = func(a ...any) {
				refuseHeldWrappers("log."+name, a)
				f(printed("log."+name, fmt.Sprintln(cellfmt.Args(a)...)))
			}
		}
	}
	for _, name := range []string{"Printf", "Panicf"} {
		if f, ok := log[name].Interface().(func(string, ...any)); ok {
			functions[name] = func(format string, a ...any) {
				refuseHeldWrappers("log."+name, a)
				format, a = cellfmt.Printf(format, a)
				f("%s", printed("log."+name, fmt.Sprintf(format, a...)))
			}
		}
	}
	return functions
}

// routeCellPrinting puts the printing functions in the interpreter's fmt
// and log tables (live maps) and lists them in its MapTypes.
func routeCellPrinting(i *interp.Interpreter, out io.Writer, names cellfmt.Namer, wrappedNames cellfmt.WrapperNamer) error {
	if err := i.Use(interp.Exports{cellfmt.PackagePath + "/cellfmt": cellfmt.Symbols()}); err != nil {
		return fmt.Errorf("session: cell printing: %w", err)
	}
	fmtSymbols := i.Symbols("fmt")["fmt"]
	logSymbols := i.Symbols("log")["log"]
	if fmtSymbols == nil || logSymbols == nil {
		return fmt.Errorf("session: no fmt or log symbols to route")
	}
	wrapped := map[reflect.Value][]reflect.Type{}
	for table, functions := range map[*map[string]reflect.Value]map[string]any{
		&fmtSymbols: printFunctions(out, names, wrappedNames),
		&logSymbols: logFunctions(logSymbols),
	} {
		for name, f := range functions {
			v := reflect.ValueOf(f)
			(*table)[name] = v
			wrapped[v] = cellfmt.Wrapped()
			if v.Type().NumIn() > 0 && v.Type().In(0) == reflect.TypeFor[io.Writer]() {
				wrapped[v] = cellfmt.WrappedWriter()
			}
		}
	}
	return i.Use(interp.Exports{".": {"MapTypes": reflect.ValueOf(wrapped)}})
}

// routeCellResults lists the function that receives a cell's trailing
// values in MapTypes too, so that a result with a String or Error method
// displays as that method's text, as fmt would print it.
func routeCellResults(i *interp.Interpreter) error {
	values, ok := i.Symbols(runtimePath)[runtimePath]["Values"]
	if !ok {
		return fmt.Errorf("session: no %s.Values to route", runtimePath)
	}
	return i.Use(interp.Exports{".": {"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{values: cellfmt.Wrapped()})}})
}

// basicAmong: the types an unsure text lists (cellfmt.OneOf) end with a
// predeclared one, a plain number or string that a value of a cell type
// of that kind may be too (typedIface).
func basicAmong(words string) bool {
	list, ok := strings.CutPrefix(words, "one of ")
	if !ok {
		return false
	}
	list, _, _ = strings.Cut(list, ", which")
	names := strings.Split(list, ", ")
	return !strings.Contains(names[len(names)-1], ".")
}

// refuseGoSyntaxOfHeld ends the cell where a %#v prints a value of a cell
// struct type that reached Printf in an interface (an any parameter, a
// generic function's T, an element of an []any): %#v writes the type's
// name, which the interpreter's reflect type of it has lost, and cellfmt
// would write what the type is made of (struct { A int }{A:1} where Go
// writes main.P{A:1}). A value whose static type the printing pass knew
// (cellfmt.Typed) prints right.
func refuseGoSyntaxOfHeld(format string, a []any, names cellfmt.Namer) {
	if !strings.Contains(format, "#") {
		return
	}
	for i, sharp := range cellfmt.GoSyntaxArgs(format, len(a)) {
		if !sharp {
			continue
		}
		switch a[i].(type) {
		case cellfmt.Typed, cellfmt.TypedError, nil:
			continue
		}
		if name := cellStructIn(reflect.ValueOf(a[i]), names, 0); name != "" {
			panic(gapf("gogil cannot print %%#v of a value of %s held in an interface: the interpreter's reflect type of it has no name, which %%#v writes; print it with %%+v, or print a variable of the type itself with %%#v", name))
		}
	}
}

// cellStructIn names a cell struct type that v is or holds (through
// pointers, interfaces, elements, fields), "" if none: the names %#v
// would write.
func cellStructIn(v reflect.Value, names cellfmt.Namer, depth int) string {
	if !v.IsValid() || depth > 16 {
		return ""
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return cellStructIn(v.Elem(), names, depth+1)
	case reflect.Struct:
		t := v.Type()
		if t.Name() == "" {
			if n := names(t); len(n) > 0 {
				return cellfmt.MainName(n[0])
			}
		}
		for i := range v.NumField() {
			if name := cellStructIn(v.Field(i), names, depth+1); name != "" {
				return name
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range min(v.Len(), 100) {
			if name := cellStructIn(v.Index(i), names, depth+1); name != "" {
				return name
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for k := 0; k < 100 && it.Next(); k++ {
			if name := cellStructIn(it.Key(), names, depth+1); name != "" {
				return name
			}
			if name := cellStructIn(it.Value(), names, depth+1); name != "" {
				return name
			}
		}
	}
	return ""
}
