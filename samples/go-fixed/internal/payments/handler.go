// Package payments collects monthly co-op dues over mobile money.
package payments

import (
	"database/sql"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/google/uuid"

	"github.com/harbel-coop/dues/internal/dollr"
)

type Handler struct {
	Dollr *dollr.Client
	DB    *sql.DB
}

type collectRequest struct {
	MemberName string `json:"member_name"`
	Phone      string `json:"phone"` // E.164 digits without "+", e.g. 231771234567
	InvoiceID  int    `json:"invoice_id"`
	PartyID    int    `json:"party_id"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, err error) {
	slog.Error("collection failed", "error", err)
	writeJSON(w, http.StatusBadGateway, map[string]string{"error": "payment provider error"})
}

// Collect handles POST /collections.
func (h *Handler) Collect(w http.ResponseWriter, r *http.Request) {
	var in collectRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	slog.Info("collection requested", "invoice_id", in.InvoiceID)
	ctx := r.Context()

	raw, err := h.Dollr.Do(ctx, http.MethodGet, "/v1/predictions/mmo-provider-info?operation_type=COLLECTION&phone="+url.QueryEscape(in.Phone), nil)
	if err != nil {
		fail(w, err)
		return
	}
	var mmo struct {
		PaymentMethod   string `json:"payment_method"`   // MTN_MOMO_LBR, ORANGE_MONEY_LBR
		GatewayProvider string `json:"gateway_provider"` // PAWAPAY
	}
	if err := json.Unmarshal(raw, &mmo); err != nil {
		fail(w, err)
		return
	}

	raw, err = h.Dollr.Do(ctx, http.MethodPost, "/v1/payment-accounts/create?operation_type=COLLECTION", map[string]any{
		"account_name":               in.MemberName + " wallet",
		"provider":                   mmo.GatewayProvider,
		"method":                     mmo.PaymentMethod,
		"party_id":                   in.PartyID,
		"country_code":               "LR",
		"insensitive_account_number": in.Phone,
	})
	if err != nil {
		fail(w, err)
		return
	}
	var account struct {
		ID int `json:"id"`
	}
	_ = json.Unmarshal(raw, &account)

	raw, err = h.Dollr.Do(ctx, http.MethodPost, "/v1/sessions/checkout", map[string]any{
		"source_id":   in.InvoiceID,
		"source_type": "INVOICE",
	})
	if err != nil {
		fail(w, err)
		return
	}
	var session struct {
		ID int `json:"id"`
	}
	_ = json.Unmarshal(raw, &session)

	// The idempotency key is stored before the execute call.
	referenceID := uuid.NewString()
	if _, err := h.DB.ExecContext(ctx,
		`INSERT INTO payments (reference_id, invoice_id, status) VALUES ($1, $2, 'PENDING')`,
		referenceID, in.InvoiceID); err != nil {
		fail(w, err)
		return
	}

	raw, err = h.Dollr.Do(ctx, http.MethodPost, "/v1/executions/collection", map[string]string{
		"session_id":         itoa(session.ID),
		"payment_account_id": itoa(account.ID),
		"currency":           "USD",
		"reference_id":       referenceID,
	})
	if err != nil {
		fail(w, err)
		return
	}
	var exec struct {
		Status string `json:"status"`
	}
	_ = json.Unmarshal(raw, &exec)
	slog.Info("collection submitted", "reference_id", referenceID, "status", exec.Status)
	_, _ = h.DB.ExecContext(ctx, `UPDATE payments SET status = $1 WHERE reference_id = $2`, exec.Status, referenceID)
	writeJSON(w, http.StatusAccepted, map[string]string{"status": exec.Status, "reference_id": referenceID})
}

// Status handles GET /payments/{referenceID}.
func (h *Handler) Status(w http.ResponseWriter, r *http.Request) {
	referenceID := r.PathValue("referenceID")
	raw, err := h.Dollr.Do(r.Context(), http.MethodGet, "/v1/status/collection/"+url.PathEscape(referenceID), nil)
	if err != nil {
		fail(w, err)
		return
	}
	var st struct {
		Status string `json:"status"`
	}
	_ = json.Unmarshal(raw, &st)
	writeJSON(w, http.StatusOK, map[string]string{"status": st.Status, "reference_id": referenceID})
}
