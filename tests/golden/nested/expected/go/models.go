// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested

import (
	"encoding/json"

	"example.com/nested/internal/apijson"
	"example.com/nested/packages/respjson"
	"example.com/nested/shared/constant"
)

type Color string

const (
	ColorRed   Color = "red"
	ColorGreen Color = "green"
	ColorBlue  Color = "blue"
)

type DrawingOwnerAddressTagsItem string

const (
	DrawingOwnerAddressTagsItemHome DrawingOwnerAddressTagsItem = "home"
	DrawingOwnerAddressTagsItemWork DrawingOwnerAddressTagsItem = "work"
)

// Other values are accepted too (an open enum).
type DrawingPalette string

const (
	DrawingPaletteWarm DrawingPalette = "warm"
	DrawingPaletteCool DrawingPalette = "cool"
)

type Circle struct {
	Center Point           `json:"center"`
	Kind   constant.Circle `json:"kind"`
	Radius float64         `json:"radius"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Center      respjson.Field
		Kind        respjson.Field
		Radius      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Circle) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Circle) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// A drawing with shapes, layers and metadata.
type Drawing struct {
	Grid    [][]int64           `json:"grid"`
	ID      string              `json:"id"`
	Shapes  []ShapeUnion        `json:"shapes"`
	Label   json.RawMessage     `json:"label,omitzero"`
	Layers  []DrawingLayersItem `json:"layers,omitzero"`
	Owner   DrawingOwner        `json:"owner,omitzero"`
	Palette DrawingPalette      `json:"palette,omitzero"`
	Title   string              `json:"title,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Grid        respjson.Field
		ID          respjson.Field
		Shapes      respjson.Field
		Label       respjson.Field
		Layers      respjson.Field
		Owner       respjson.Field
		Palette     respjson.Field
		Title       respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Drawing) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Drawing) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Links back to TreeNode, so the two models form a cycle across two modules.
type Owner struct {
	Name     string    `json:"name"`
	Favorite *TreeNode `json:"favorite,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Name        respjson.Field
		Favorite    respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Owner) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Owner) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		X           respjson.Field
		Y           respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Point) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Point) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Polygon struct {
	Kind   constant.Polygon `json:"kind"`
	Points []Point          `json:"points"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Kind        respjson.Field
		Points      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Polygon) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Polygon) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// A node of a tree; it links to nodes of its own type.
type TreeNode struct {
	Label    string     `json:"label"`
	Child    *TreeNode  `json:"child,omitzero"`
	Children []TreeNode `json:"children,omitzero"`
	Owner    *Owner     `json:"owner,omitzero"`
	Parent   *TreeNode  `json:"parent,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Label       respjson.Field
		Child       respjson.Field
		Children    respjson.Field
		Owner       respjson.Field
		Parent      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r TreeNode) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *TreeNode) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type DrawingLayersItem struct {
	Name    string  `json:"name"`
	Color   Color   `json:"color,omitzero"`
	Opacity float64 `json:"opacity,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Name        respjson.Field
		Color       respjson.Field
		Opacity     respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r DrawingLayersItem) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *DrawingLayersItem) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type DrawingOwner struct {
	Name    string              `json:"name"`
	Address DrawingOwnerAddress `json:"address,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Name        respjson.Field
		Address     respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r DrawingOwner) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *DrawingOwner) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type DrawingOwnerAddress struct {
	City string                        `json:"city,omitzero"`
	Tags []DrawingOwnerAddressTagsItem `json:"tags,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		City        respjson.Field
		Tags        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r DrawingOwnerAddress) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *DrawingOwnerAddress) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Kind and RawJSON are set and AsAny
// returns nil.
type ShapeUnion struct {
	Center Point `json:"center,omitzero"`
	// Any of "circle", "polygon".
	Kind   string  `json:"kind,omitzero"`
	Points []Point `json:"points,omitzero"`
	Radius float64 `json:"radius,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Center respjson.Field
		Kind   respjson.Field
		Points respjson.Field
		Radius respjson.Field
		raw    string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u ShapeUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *ShapeUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyShapeUnion is implemented by each variant of ShapeUnion.
type anyShapeUnion interface {
	implShapeUnion()
}

func (Circle) implShapeUnion() {}

// AsCircle decodes the object as a Circle (Kind "circle").
func (u ShapeUnion) AsCircle() (v Circle) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (Polygon) implShapeUnion() {}

// AsPolygon decodes the object as a Polygon (Kind "polygon").
func (u ShapeUnion) AsPolygon() (v Polygon) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Kind the spec does not know.
func (u ShapeUnion) AsAny() anyShapeUnion {
	switch u.Kind {
	case "circle":
		return u.AsCircle()
	case "polygon":
		return u.AsPolygon()
	}
	return nil
}

type CircleParam struct {
	Center      PointParam      `json:"center"`
	Kind        constant.Circle `json:"kind"`
	Radius      float64         `json:"radius"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *CircleParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p CircleParam) values() map[string]any {
	v := map[string]any{}
	v["center"] = p.Center.values()
	v["kind"] = "circle" // the constant's default when unset
	if p.Kind != "" {
		v["kind"] = string(p.Kind)
	}
	v["radius"] = p.Radius
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p CircleParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type PointParam struct {
	X           float64 `json:"x"`
	Y           float64 `json:"y"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *PointParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p PointParam) values() map[string]any {
	v := map[string]any{}
	v["x"] = p.X
	v["y"] = p.Y
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p PointParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type PolygonParam struct {
	Kind        constant.Polygon `json:"kind"`
	Points      []PointParam     `json:"points"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *PolygonParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p PolygonParam) values() map[string]any {
	v := map[string]any{}
	v["kind"] = "polygon" // the constant's default when unset
	if p.Kind != "" {
		v["kind"] = string(p.Kind)
	}
	v["points"] = p.Points
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p PolygonParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

// ShapeUnionParam sends one of its variants; set exactly one field.
type ShapeUnionParam struct {
	OfCircle  *CircleParam
	OfPolygon *PolygonParam
}

func (u ShapeUnionParam) value() any {
	if u.OfCircle != nil {
		v := u.OfCircle.values()
		v["kind"] = "circle"
		return v
	}
	if u.OfPolygon != nil {
		v := u.OfPolygon.values()
		v["kind"] = "polygon"
		return v
	}
	return nil
}

// MarshalJSON sends the variant that is set, with its discriminator filled in.
func (u ShapeUnionParam) MarshalJSON() ([]byte, error) { return json.Marshal(u.value()) }
