package testplan

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"balansplan/model"
)

// WalkLeaves calls fn for every leaf value in v with its Go path in the
// form of model.FieldSpec.Go ("Investments.Cost.OneOff"; a map's keys as
// "{key}"): map entries in the order of their keys, nil pointers and empty
// lists skipped (they hold no value). The reflection tests of model and
// model/store walk plans with it.
func WalkLeaves(v reflect.Value, path string, fn func(path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			WalkLeaves(v.Elem(), path, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			WalkLeaves(v.Index(i), path, fn)
		}
	case reflect.Map:
		for _, k := range SortedMapKeys(v) {
			WalkLeaves(k, path+".{key}", fn)
			WalkLeaves(v.MapIndex(k), path, fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			p := f.Name
			if path != "" {
				p = path + "." + f.Name
			}
			WalkLeaves(v.Field(i), p, fn)
		}
	default:
		fn(path, v)
	}
}

// SortedMapKeys are the keys of map v in the order of their printed form,
// so that a walk is the same every time.
func SortedMapKeys(v reflect.Value) []reflect.Value {
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
	return keys
}

// JSONWithoutIDs is the plan's balansplan/1 JSON without its "id" lines,
// for comparing plans whose IDs were generated apart (a fixture decoded
// twice: its links are codes, so nothing else depends on the IDs).
func JSONWithoutIDs(tb testing.TB, p *model.Plan) string {
	tb.Helper()
	data, err := model.EncodeJSON(p)
	if err != nil {
		tb.Fatal(err)
	}
	var keep []string
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), `"id":`) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}
