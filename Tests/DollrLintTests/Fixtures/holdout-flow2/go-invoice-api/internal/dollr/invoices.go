package dollr

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

type Invoice struct {
	ID     int    `json:"id"`
	Status string `json:"status"`
}

type NewInvoice struct {
	CounterpartyID int    `json:"counterparty_id"`
	Currency       string `json:"currency"`
	Note           string `json:"note"`
	FeeBearer      string `json:"fee_bearer"`
	AsPaymentLink  bool   `json:"as_payment_link"`
}

func (c *Client) CreateAndPublish(ctx context.Context, in NewInvoice) (*Invoice, error) {
	var created Invoice
	if err := c.Call(ctx, http.MethodPost, EndpointInvoiceCreate, in, &created); err != nil {
		return nil, err
	}
	var published Invoice
	err := c.Call(ctx, http.MethodPut, fmt.Sprintf(EndpointPublish, created.ID), nil, &published)
	return &published, err
}

// WaitPaid checks the invoice until it is PAID, doubling the pause up to one minute, for at most an hour.
func (c *Client) WaitPaid(ctx context.Context, invoiceID int) (bool, error) {
	pause := 2 * time.Second
	deadline := time.Now().Add(time.Hour)
	for time.Now().Before(deadline) {
		var src Invoice
		if err := c.Call(ctx, http.MethodGet, fmt.Sprintf(EndpointSourceStatus, invoiceID), nil, &src); err != nil {
			return false, err
		}
		if src.Status == "PAID" {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(pause):
		}
		pause *= 2
		if pause > time.Minute {
			pause = time.Minute
		}
	}
	return false, nil
}
