package handlers

import (
	"net/http"
	"strconv"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"go.uber.org/zap"

	"github.com/sanniquellie-agro/payments/internal/dollr"
)

type Payments struct {
	Dollr *dollr.Client
	DB    *pgxpool.Pool
	Log   *zap.Logger
}

func (h *Payments) Register(g *echo.Group) {
	g.POST("/invoices/:id/pay/momo", h.PayMomo)
	g.GET("/payments/:ref", h.Status)
	g.GET("/dollr/token", h.DollrToken)
}

type momoRequest struct {
	Phone string `json:"phone"`
}

func (h *Payments) PayMomo(c echo.Context) error {
	ctx := c.Request().Context()
	invoiceID, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.ErrBadRequest
	}
	var in momoRequest
	if err := c.Bind(&in); err != nil {
		return echo.ErrBadRequest
	}

	var dollrInvoiceID, partyID int64
	var memberName string
	if err := h.DB.QueryRow(ctx,
		`SELECT dollr_invoice_id, dollr_party_id, member_name FROM invoices WHERE id = $1`, invoiceID,
	).Scan(&dollrInvoiceID, &partyID, &memberName); err != nil {
		return echo.ErrNotFound
	}

	var pred dollr.Prediction
	if err := h.Dollr.Do(ctx, http.MethodGet, "/v1/predictions/mmo-provider-info",
		map[string]string{"phone": in.Phone, "operation_type": "COLLECTION"}, nil, &pred); err != nil {
		return err
	}
	var sess dollr.Created
	if err := h.Dollr.Do(ctx, http.MethodPost, "/v1/sessions/checkout", nil,
		dollr.CheckoutSessionRequest{SourceID: dollrInvoiceID, SourceType: "INVOICE"}, &sess); err != nil {
		return err
	}
	var acct dollr.Created
	if err := h.Dollr.Do(ctx, http.MethodPost, "/v1/payment-accounts/create",
		map[string]string{"operation_type": "COLLECTION"},
		dollr.PaymentAccountRequest{
			AccountName:              memberName + " MoMo",
			Method:                   pred.PaymentMethod,
			Provider:                 pred.GatewayProvider,
			PartyID:                  partyID,
			CountryCode:              "LR",
			InsensitiveAccountNumber: in.Phone,
		}, &acct); err != nil {
		return err
	}

	// Store the idempotency key before the execute call.
	ref := uuid.NewString()
	if _, err := h.DB.Exec(ctx,
		`INSERT INTO payments (invoice_id, reference_id, status) VALUES ($1, $2, 'PENDING')`, invoiceID, ref,
	); err != nil {
		return err
	}

	var exec dollr.Execution
	if err := h.Dollr.Do(ctx, http.MethodPost, "/v1/executions/collection", nil,
		dollr.CollectionRequest{
			SessionID:        sess.ID,
			PaymentAccountID: strconv.FormatInt(acct.ID, 10),
			Currency:         "USD",
			ReferenceID:      ref,
		}, &exec); err != nil {
		return err
	}
	if _, err := h.DB.Exec(ctx, `UPDATE payments SET status = $1 WHERE reference_id = $2`, exec.Status, ref); err != nil {
		return err
	}
	h.Log.Info("collection submitted", zap.String("reference_id", ref), zap.String("status", exec.Status))
	return c.JSON(http.StatusAccepted, echo.Map{"reference_id": ref, "status": exec.Status})
}

func (h *Payments) Status(c echo.Context) error {
	ref := c.Param("ref")
	var st dollr.Execution
	if err := h.Dollr.Do(c.Request().Context(), http.MethodGet, "/v1/status/collection/"+ref, nil, nil, &st); err != nil {
		return err
	}
	h.Log.Info("collection status", zap.String("reference_id", ref), zap.String("status", st.Status),
		zap.String("gateway_message", st.GatewayMessage))
	return c.JSON(http.StatusOK, echo.Map{"reference_id": ref, "status": st.Status})
}

// DollrToken lets the field-agent Android app (v1.x) call Dollr directly.
func (h *Payments) DollrToken(c echo.Context) error {
	tok, err := h.Dollr.Token(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, echo.Map{"access_token": tok, "token_type": "Bearer"})
}
