// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package apijson reads what encoding/json's struct tags cannot: the properties of an object
// beyond the known ones (a model with additional_properties).
package apijson

import (
	"encoding/json"
	"fmt"
)

// Extra decodes every property of the JSON object data but the known ones as a T (nil when none).
func Extra[T any](data []byte, known ...string) (map[string]T, error) {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, err
	}
	for _, k := range known {
		delete(all, k)
	}
	if len(all) == 0 {
		return nil, nil
	}
	out := make(map[string]T, len(all))
	for k, raw := range all {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("property %q: %w", k, err)
		}
		out[k] = v
	}
	return out, nil
}
