// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package hostile_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	hostile "example.com/hostile"
	"example.com/hostile/internal/testutil"
	"example.com/hostile/option"
)

func TestThingCreateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Things.Create(context.Background(), hostile.ThingCreateParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Create: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/things" {
		t.Fatalf("the server received %v", received)
	}
}

func TestThingCreateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Things.Create(context.Background(), hostile.ThingCreateParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
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
	testutil.SameSet(t, got, []string{"class", "mode", "name", "x-y z"})
}

func TestThingCreateAcceptsUnknownOpenEnumValues(t *testing.T) {
	scope := testutil.Scope(t)
	if _, err := newClient(scope).Things.Create(context.Background(), hostile.ThingCreateParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Mode: hostile.Mode("a-value-from-the-future")}); err != nil {
		t.Fatalf("an open enum must accept values the spec does not list: %v", err)
	}
}

func TestThingCreateRules(t *testing.T) {
	cases := []struct {
		rule, param string
		params      hostile.ThingCreateParams
	}{
		{"odd-mode", "class", hostile.ThingCreateParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(2), Mode: hostile.Mode("a\"b")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			scope := testutil.Scope(t)
			_, err := newClient(scope).Things.Create(context.Background(), c.params)
			var verr *hostile.ValidationError
			if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param '"+c.param+"'") || !strings.Contains(err.Error(), "(rule "+c.rule) {
				t.Fatalf("want a validation error naming %s and rule %s, got %v", c.param, c.rule, err)
			}
			if n := len(testutil.Requests(t, scope)); n != 0 {
				t.Fatalf("%d requests sent", n)
			}
			_, err = newClient(scope, option.WithValidation("off", nil)).Things.Create(context.Background(), c.params)
			var apiErr *hostile.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != c.param || !strings.Contains(apiErr.Message, "(rule "+c.rule+")") {
				t.Fatalf("want the server's 400 naming %s, got %v", c.param, err)
			}
		})
	}
}

func TestThingCreateStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Things.CreateStreaming(context.Background(), hostile.ThingCreateParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"Started", "{\"note\": \"note\", \"type\": \"evt \\\"started\\\" ${x}\"}", "evt \"started\" ${x}"},
		{"Done", "{\"thing\": {\"$weird key\": \"`tick` */\", \"id\": \"id \\\"\\\"\\\" ${x} {{ x }} \\\\ \\ud83e\\udda6\", \"mode\": \"a\\\"b\"}, \"type\": \"evt.done */\"}", "evt.done */"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "hostile."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.Type != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.Type, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
	}
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ option.RequestOption
)
