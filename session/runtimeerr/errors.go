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

// errorString is the runtime's error for a run-time error that says all
// there is to say (makeslice: len out of range); its text starts with
// "runtime error: ", as Go's does, and %T prints runtime.errorString.
type errorString string

// NewErrorString is the error whose text is "runtime error: " + msg.
func NewErrorString(msg string) error { return errorString(msg) }

func (e errorString) Error() string { return "runtime error: " + string(e) }

// RuntimeError makes it a runtime.Error, as Go's is.
func (errorString) RuntimeError() {}

// plainError is errorString without the prefix, as Go's runtime makes
// for a channel's errors (makechan: size out of range).
type plainError string

// NewPlainError is the error whose text is msg.
func NewPlainError(msg string) error { return plainError(msg) }

func (e plainError) Error() string { return string(e) }

// RuntimeError makes it a runtime.Error, as Go's is.
func (plainError) RuntimeError() {}
