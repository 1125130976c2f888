// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter

import (
	_ "embed"
	"sync"

	"example.com/chatter/internal/validate"
)

// The validation tables: the generator's language-neutral JSON, the same every SDK embeds.
//
//go:embed operations.json
var operationsJSON []byte

var operations = sync.OnceValue(func() map[string]validate.Operation {
	ops, err := validate.Parse(operationsJSON)
	if err != nil {
		panic("operations.json: " + err.Error())
	}
	return ops
})

// op is one operation's table, by its name ("resource.operation").
func op(name string) validate.Operation { return operations()[name] }
