package yaegistate

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// MethodReceiverValue is the receiver an interpreted method's func value
// runs on: what a method field of the wrapper yaegi puts a cell value in
// (to hand it over as a native interface) calls the method with. yaegi
// fills the wrapper's IValue with one field of a struct value
// (getConcreteValue keeps the last field), while its methods read the
// value whole, from where the conversion found it; this is that value, a
// copy. For a promoted method it is the embedded value the method is
// declared on. ok is false for anything else (a function, a native func)
// and whenever the layout below was not found.
//
// The wrapper's closure (genFunctionWrapper's) holds the frame the
// conversion ran in and the receiver's getter, a func(*frame)
// reflect.Value; calling the getter with the frame is what the method
// does first. Both words are found once, by calibration: the getter is
// the captured word whose closure's code is yaegi's, the frame the one
// whose root field is the calibration interpreter's global frame, and
// their call must give back the value converted.
func MethodReceiverValue(fn reflect.Value) (recv reflect.Value, ok bool) {
	c, err := funcLayout()
	if err != nil || !fn.IsValid() || fn.Kind() != reflect.Func || fn.IsNil() {
		return reflect.Value{}, false
	}
	r, err := receiverLayout()
	if err != nil {
		return reflect.Value{}, false
	}
	impl := funcval(fn)
	if impl == nil || uintptr(word(impl, 0)) != c.stub {
		return reflect.Value{}, false
	}
	closure := word(impl, c.implFn)
	if closure == nil || uintptr(word(closure, 0)) != c.wrapper {
		return reflect.Value{}, false
	}
	getter, frame := word(closure, r.getterWord), word(closure, r.frameWord)
	if getter == nil || frame == nil {
		return reflect.Value{}, false // a function: no receiver
	}
	return callGetter(getter, frame)
}

// callGetter calls yaegi's func(*frame) reflect.Value held by the funcval
// getter: *frame and unsafe.Pointer are passed alike.
func callGetter(getter, frame unsafe.Pointer) (reflect.Value, bool) {
	var get func(unsafe.Pointer) reflect.Value
	*(*unsafe.Pointer)(unsafe.Pointer(&get)) = getter
	v := get(frame)
	for v.IsValid() && isValueInterface(v.Type()) {
		v = InterfaceValue(v)
	}
	for v.IsValid() && v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return reflect.Value{}, false
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c, true
}

// isValueInterface: t is yaegi's valueInterface, its box of an interface
// value it hands over without the interface's type.
func isValueInterface(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == modulePath+"/interp"
}

type receiverCalibration struct {
	getterWord, frameWord uintptr // offsets in genFunctionWrapper's closure
}

var receiverLayout = sync.OnceValues(calibrateReceiver)

func calibrateReceiver() (*receiverCalibration, error) {
	c, err := funcLayout()
	if err != nil {
		return nil, err
	}
	l, err := yaegiLayout()
	if err != nil {
		return nil, err
	}
	var f finder
	frameType := f.pointee(reflect.TypeFor[interp.Interpreter](), "frame", pointer)
	rootOff := f.offset(frameType, "root", pointer)
	if len(f.errs) > 0 {
		return nil, errors.Join(f.errs...)
	}

	i := interp.New(interp.Options{})
	var got []error
	if err := i.Use(interp.Exports{"calibrate/calibrate": {"Take": reflect.ValueOf(func(e error) { got = append(got, e) })}}); err != nil {
		return nil, fmt.Errorf("yaegistate: calibrating: %w", err)
	}
	const src = `package main
import "calibrate"
type T struct{ A int; B string }
func (t T) Error() string { return t.B }
func conv(t T) error { return t }
func main() { calibrate.Take(conv(T{7, "calibrate"})) }`
	if _, err := i.Eval(src); err != nil {
		return nil, fmt.Errorf("yaegistate: calibrating: %w", err)
	}
	if len(got) == 0 {
		return nil, errors.New("yaegistate: calibrating: the error was not handed over")
	}
	w := reflect.ValueOf(got[0])
	if w.Kind() != reflect.Struct || w.NumField() != 2 || w.Field(1).Kind() != reflect.Func {
		return nil, fmt.Errorf("yaegistate: yaegi's wrapper of an error is %s, not a struct of a value and a method", w.Type())
	}
	impl := funcval(w.Field(1))
	if impl == nil || uintptr(word(impl, 0)) != c.stub {
		return nil, errors.New("yaegistate: a wrapper's method is not a reflect.MakeFunc")
	}
	closure := word(impl, c.implFn)
	if closure == nil || uintptr(word(closure, 0)) != c.wrapper {
		return nil, errors.New("yaegistate: a wrapper's method is not yaegi's function wrapper")
	}
	global := word(unsafe.Pointer(i), l.frame)
	r := &receiverCalibration{}
	// The six captured words (see calibrateFuncs): the declaration is
	// known, the result count is 1, the others are pointers to yaegi's
	// nodes, frames and closures.
	for off := uintptr(8); off < 7*8; off += 8 {
		p := word(closure, off)
		if off == c.defWord || uintptr(p) < 1<<16 {
			continue
		}
		if fn := runtime.FuncForPC(uintptr(word(p, 0))); fn != nil && strings.HasPrefix(fn.Name(), modulePath+"/interp.") {
			r.getterWord = off
		} else if word(p, rootOff) == global {
			r.frameWord = off
		}
	}
	if r.getterWord == 0 || r.frameWord == 0 {
		return nil, errors.New("yaegistate: the receiver of yaegi's function wrapper was not found")
	}
	v, ok := callGetter(word(closure, r.getterWord), word(closure, r.frameWord))
	if !ok || v.Kind() != reflect.Struct || v.NumField() != 2 || v.Field(0).Kind() != reflect.Int || v.Field(0).Int() != 7 || v.Field(1).String() != "calibrate" {
		return nil, errors.New("yaegistate: the receiver of yaegi's function wrapper does not give the value converted")
	}
	return r, nil
}
