package dollr

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/google/uuid"
)

type payoutSessionRequest struct {
	PayoutAccountID int     `json:"payout_account_id"`
	Amount          float64 `json:"amount"`
	Currency        string  `json:"currency"`
}

type idResponse struct {
	ID int `json:"id"`
}

type Execution struct {
	Status      string `json:"status"`
	ReferenceID string `json:"reference_id"`
}

// Collect charges a buyer's wallet for a published invoice. save must persist the
// reference before it returns: it is our only handle if the response is lost.
func (c *Client) Collect(ctx context.Context, invoiceID, accountID int, currency string, save func(string) error) (*Execution, error) {
	var sess idResponse
	err := c.Do(ctx, "POST", "/v1/sessions/checkout", map[string]any{
		"source_id":   invoiceID,
		"source_kind": "INVOICE",
	}, &sess)
	if err != nil {
		return nil, err
	}
	ref := uuid.NewString()
	if err := save(ref); err != nil {
		return nil, err
	}
	body, _ := json.Marshal(map[string]any{
		"session_id":         strconv.Itoa(sess.ID),
		"payment_account_id": strconv.Itoa(accountID),
		"currency":           currency,
		"reference_id":       ref,
		"callback_url":       "https://pay.voinjamacocoa.lr/hooks/dollr",
	})
	var exec Execution
	if err := c.Do(ctx, "POST", "/v1/executions/collection", json.RawMessage(body), &exec); err != nil {
		return nil, err
	}
	return &exec, nil
}

// OpenPayoutSession starts a payout to a farmer's registered wallet.
func (c *Client) OpenPayoutSession(ctx context.Context, payoutAccountID int, amount float64) (int, error) {
	req := payoutSessionRequest{
		PayoutAccountID: payoutAccountID,
		Amount:          amount,
		Currency:        "usd",
	}
	var sess idResponse
	if err := c.Do(ctx, "POST", "/v1/sessions/payout", req, &sess); err != nil {
		return 0, fmt.Errorf("payout session: %w", err)
	}
	return sess.ID, nil
}

func (c *Client) CollectionStatus(ctx context.Context, ref string) (*Execution, error) {
	var exec Execution
	err := c.Do(ctx, "GET", "/v1/status/collection/"+ref, nil, &exec)
	return &exec, err
}
