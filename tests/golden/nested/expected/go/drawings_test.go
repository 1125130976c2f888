// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	nested "example.com/nested"
	"example.com/nested/internal/testutil"
	"example.com/nested/option"
)

func TestDrawingCreateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Drawings.Create(context.Background(), nested.DrawingCreateParams{ID: "string"})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Create: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/drawings" {
		t.Fatalf("the server received %v", received)
	}
}

func TestDrawingCreateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Drawings.Create(context.Background(), nested.DrawingCreateParams{ID: "string", Color: nested.Color("red"), Grid: [][]int64{[]int64{1, 1}, []int64{1, 1}}, Shapes: []nested.ShapeUnionParam{nested.ShapeUnionParam{OfCircle: &nested.Circle{Center: nested.Point{X: 1.0, Y: 1.0}, Kind: "circle", Radius: 0}}, nested.ShapeUnionParam{OfCircle: &nested.Circle{Center: nested.Point{X: 1.0, Y: 1.0}, Kind: "circle", Radius: 0}}}, Style: &nested.DrawingCreateParamsStyle{}})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if res == nil {
		t.Fatal("no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"color", "grid", "id", "shapes", "style"})
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ option.RequestOption
)
