package session

import (
	"reflect"
	"strconv"
	"strings"
)

// printBuiltin is the runner's Print (cellsrc/printbuiltins.go): the text
// Go's print (println with newline) writes for args, kinds having an i
// for each operand whose type is an interface. Go's runtime prints a
// number as fmt's %v does (shortest form since Go 1.26, with a sign on
// an infinity), a string as it is, and the rest as addresses, which no
// two runs share.
func printBuiltin(newline bool, kinds string, args []any) string {
	var b strings.Builder
	for i, a := range args {
		if newline && i > 0 {
			b.WriteByte(' ')
		}
		if i < len(kinds) && kinds[i] == 'i' {
			b.WriteString(printedInterface(a))
			continue
		}
		b.WriteString(printedOperand(reflect.ValueOf(a)))
	}
	if newline {
		b.WriteByte('\n')
	}
	return b.String()
}

func printedOperand(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits())
	case reflect.Complex64, reflect.Complex128:
		bits := v.Type().Bits() / 2
		c := v.Complex()
		im := strconv.FormatFloat(imag(c), 'g', -1, bits)
		if im[0] != '-' && im[0] != '+' {
			im = "+" + im
		}
		return "(" + strconv.FormatFloat(real(c), 'g', -1, bits) + im + "i)"
	case reflect.String:
		return v.String()
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan, reflect.Map, reflect.Func:
		return address(v.Pointer())
	case reflect.Slice:
		return "[" + strconv.Itoa(v.Len()) + "/" + strconv.Itoa(v.Cap()) + "]" + address(v.Pointer())
	case reflect.Invalid:
		return "nil"
	}
	// Go's compiler refuses other operands (illegal types for operand:
	// print); go/types lets them through.
	panic(gapf("gogil cannot print a %s with print or println: Go's compiler refuses it (illegal types for operand: print)", v.Type()))
}

// printedInterface is an interface operand as Go's runtime prints it:
// its type word and its data word.
func printedInterface(a any) string {
	if a == nil {
		return "(0x0,0x0)"
	}
	v := reflect.ValueOf(a)
	var data uintptr
	switch v.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan, reflect.Map, reflect.Func:
		data = v.Pointer()
	default:
		copied := reflect.New(v.Type())
		copied.Elem().Set(v)
		data = copied.Pointer()
	}
	return "(" + address(reflect.ValueOf(v.Type()).Pointer()) + "," + address(data) + ")"
}

func address(p uintptr) string { return "0x" + strconv.FormatUint(uint64(p), 16) }
