package runtime

// TypeAssertionError is the panic of a failed type assertion, worded by
// its maker as Go's runtime words it.
type TypeAssertionError struct{ msg string }

// NewTypeAssertionError is the error whose text is msg, such as
// "interface conversion: interface {} is string, not int".
func NewTypeAssertionError(msg string) *TypeAssertionError { return &TypeAssertionError{msg} }

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError makes it a runtime.Error, as Go's is.
func (*TypeAssertionError) RuntimeError() {}

// boundsError is the panic of an index, a slice or a conversion of a
// slice to an array out of range, worded as Go's runtime words it; the
// type's name is Go's (%T prints runtime.boundsError).
type boundsError struct{ msg string }

// NewBoundsError is the error whose text is msg, such as "runtime error:
// cannot convert slice with length 0 to array or pointer to array with
// length 3".
func NewBoundsError(msg string) error { return boundsError{msg} }

func (e boundsError) Error() string { return e.msg }

// RuntimeError makes it a runtime.Error, as Go's is.
func (boundsError) RuntimeError() {}
