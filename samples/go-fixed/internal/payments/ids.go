package payments

import "strconv"

// itoa renders Dollr numeric ids as the strings the execution endpoints expect.
func itoa(id int) string { return strconv.Itoa(id) }
