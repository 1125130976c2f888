// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package date

import (
	"encoding/json"
	"testing"
	"time"
)

func TestRoundTrip(t *testing.T) {
	var v struct {
		Born Date `json:"born"`
		Died Date `json:"died,omitzero"`
	}
	if err := json.Unmarshal([]byte(`{"born": "1920-10-08"}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.Born != (Date{1920, time.October, 8}) || v.Born.String() != "1920-10-08" {
		t.Fatalf("parsed %+v", v.Born)
	}
	if out, err := json.Marshal(v); err != nil || string(out) != `{"born":"1920-10-08"}` {
		t.Fatalf("sent %s (%v)", out, err)
	}
	for _, bad := range []string{`"1920-13-01"`, `"1920-10-08T00:00:00Z"`, `8`} {
		if err := json.Unmarshal([]byte(bad), &v.Born); err == nil {
			t.Fatalf("%s: want an error", bad)
		}
	}
}
