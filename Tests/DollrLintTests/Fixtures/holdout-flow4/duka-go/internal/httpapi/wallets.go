package httpapi

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"duka/internal/payments"
)

type WalletHandler struct {
	Pay *payments.Client
}

func (h *WalletHandler) Routes(r chi.Router) {
	r.Post("/buyers/{partyID}/wallet", h.registerWallet)
}

type walletReq struct {
	Name  string `json:"name"`
	Phone string `json:"phone"` // digits only, validated by the signup form
}

func (h *WalletHandler) registerWallet(w http.ResponseWriter, r *http.Request) {
	var in walletReq
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	partyID, err := strconv.Atoi(chi.URLParam(r, "partyID"))
	if err != nil {
		http.Error(w, "bad party id", http.StatusBadRequest)
		return
	}
	payload := map[string]any{
		"account_name":               in.Name + " Orange Money",
		"provider":                   "PAWAPAY",
		"method":                     "ORANGE_MONEY_LBR",
		"party_id":                   partyID,
		"country_code":               "LR",
		"insensitive_account_number": in.Phone,
	}
	var resp *http.Response
	for attempt := 0; attempt < 4; attempt++ {
		resp, err = h.Pay.Do(http.MethodPost, "/v1/payment-accounts/create?operation_type=COLLECTION", payload)
		if err == nil && resp.StatusCode < 400 {
			break
		}
		if err == nil && (resp.StatusCode == http.StatusUnprocessableEntity || resp.StatusCode >= 500) {
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
			continue
		}
		break
	}
	if err != nil {
		http.Error(w, "gateway unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	_ = json.NewEncoder(w).Encode(map[string]any{"payment_account_id": out["id"]})
}
