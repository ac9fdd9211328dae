package multiprocessing

import "reflect"

// ImportPath is the path cells import this package under; PackageName is
// the name they use without an import.
const (
	ImportPath  = "github.com/gogil/gogil/multiprocessing"
	PackageName = "multiprocessing"
)

// Exports is the package as cells see it, in the shape of yaegi's
// interp.Exports (a plain map, so that this package does not depend on
// yaegi). In a worker it also holds Register, through which the replayed
// cells hand over the functions requests name.
func (m *Module) Exports() map[string]map[string]reflect.Value {
	symbols := map[string]reflect.Value{
		"Pool":            reflect.ValueOf(m.mustPool),
		"ErrNotRunning":   reflect.ValueOf(&ErrNotRunning).Elem(),
		"ErrStillRunning": reflect.ValueOf(&ErrStillRunning).Elem(),
		"ErrInWorker":     reflect.ValueOf(&ErrInWorker).Elem(),

		"WorkerPanic":      reflect.ValueOf((*WorkerPanic)(nil)),
		"UnencodableError": reflect.ValueOf((*UnencodableError)(nil)),
	}
	if m.inWorker {
		symbols["Register"] = reflect.ValueOf(m.register)
	}
	return map[string]map[string]reflect.Value{ImportPath + "/" + PackageName: symbols}
}

// mustPool is Pool as cells call it, Python's way: the pool, or a panic
// with the reason it could not start (the cell ends with that error), the
// same shape as interpreters.Pool.
func (m *Module) mustPool(n int) *Pool {
	p, err := m.NewPool(n)
	if err != nil {
		panic(err)
	}
	return p
}
