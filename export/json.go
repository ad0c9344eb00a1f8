package export

import (
	"io"

	"balansplan/model"
)

// WriteJSON writes the plan in the interchange format balansplan/1 to path,
// atomically like WritePDF: a failed write leaves no partial file and an
// *Error that can say what went wrong in the user's language.
func WriteJSON(p *model.Plan, path string) error {
	data, err := model.EncodeJSON(p)
	if err != nil {
		return err
	}
	return writeFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
