package gil

import (
	"reflect"
	"time"
)

// ImportPath is the path cells import this package under.
const ImportPath = "github.com/gogil/gogil/gil"

// Exports is package gil as cells see it, bound to this lock, in the shape
// of yaegi's interp.Exports (import path + "/" + package name → symbols);
// interp.Use accepts it as is. It is a plain map so that this package does
// not depend on yaegi. This table is the only definition of what gil.X
// means in a cell: nothing adds to it or replaces its entries.
//
// Misuse that is fatal or raises in CPython (releasing a lock the thread
// does not hold, restoring while holding, Release without Ensure, a zero
// switch interval) makes the cell fail: the cell-facing functions panic
// with the error, and the session reports a panic as the cell's error. The
// lock is left consistent. Native code calls the Lock's methods instead,
// which return those errors.
func (l *Lock) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/gil": {
			"SaveThread": reflect.ValueOf(func() State {
				s, err := l.SaveThread()
				raise(err)
				return s
			}),
			"RestoreThread":     reflect.ValueOf(func(s State) { raise(l.RestoreThread(s)) }),
			"Ensure":            reflect.ValueOf(l.Ensure),
			"Release":           reflect.ValueOf(func(s State) { raise(l.Release(s)) }),
			"Held":              reflect.ValueOf(l.HeldByCaller),
			"Checkpoint":        reflect.ValueOf(l.CheckpointCaller),
			"SetSwitchInterval": reflect.ValueOf(func(d time.Duration) { raise(l.SetSwitchInterval(d)) }),
			"SwitchInterval":    reflect.ValueOf(l.SwitchInterval),
			"CurrentThread":     reflect.ValueOf(func() string { return l.Current().Name() }),
			"Stats":             reflect.ValueOf(l.Stats),
			// The trace: who took, dropped, asked, waited and worked, and when.
			"StartTrace":            reflect.ValueOf(l.StartTrace),
			"StopTrace":             reflect.ValueOf(l.StopTrace),
			"DefaultSwitchInterval": reflect.ValueOf(DefaultSwitchInterval),
			"ErrInterrupted":        reflect.ValueOf(&ErrInterrupted).Elem(),
			"ErrDeadlock":           reflect.ValueOf(&ErrDeadlock).Elem(),
			"ErrNoEnsure":           reflect.ValueOf(&ErrNoEnsure).Elem(),

			"State":       reflect.ValueOf((*State)(nil)),
			"FatalError":  reflect.ValueOf((*FatalError)(nil)),
			"ThreadStats": reflect.ValueOf((*ThreadStats)(nil)),
			"Event":       reflect.ValueOf((*Event)(nil)),
		},
	}
}

// raise is how a cell-facing function fails its cell (see Exports).
func raise(err error) {
	if err != nil {
		panic(err)
	}
}
