package dollr

import (
	"context"
	"errors"
	"fmt"
	"net/http"
)

type Operation string

const (
	OpCollection Operation = "collection"
	OpRefund     Operation = "refund"
)

// ErrNotFound means Dollr has no transaction for the reference_id.
var ErrNotFound = errors.New("dollr: no transaction for reference_id")

type Session struct {
	ID int64 `json:"id"`
}

type CollectionExecution struct {
	SessionID        string `json:"session_id"`
	PaymentAccountID string `json:"payment_account_id"`
	Currency         string `json:"currency"`
	ReferenceID      string `json:"reference_id"`
}

type ExecutionResponse struct {
	Status         string `json:"status"`
	ReferenceID    string `json:"reference_id"`
	GatewayMessage string `json:"gateway_message"`
}

type StatusResponse struct {
	Status      string `json:"status"`
	ReferenceID string `json:"reference_id"`
}

func (c *Client) CreateCheckoutSession(ctx context.Context, sourceID int64, sourceType string) (*Session, error) {
	var s Session
	body := map[string]any{"source_id": sourceID, "source_type": sourceType}
	if err := c.do(ctx, http.MethodPost, "/v1/sessions/checkout", body, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

func (c *Client) ExecuteCollection(ctx context.Context, req CollectionExecution) (*ExecutionResponse, error) {
	var out ExecutionResponse
	if err := c.do(ctx, http.MethodPost, fmt.Sprintf("/v1/executions/%s", OpCollection), req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (c *Client) Status(ctx context.Context, op Operation, referenceID string) (*StatusResponse, error) {
	var out StatusResponse
	err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/status/%s/%s", op, referenceID), nil, &out)
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusNotFound {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &out, nil
}
