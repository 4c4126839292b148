package main

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/voinjama-cocoa/payments/internal/dollr"
	"github.com/voinjama-cocoa/payments/internal/store"
)

func main() {
	d := dollr.NewFromEnv()
	db := store.Open()
	mux := http.NewServeMux()

	// Our own API. These /v1/ paths are this service's, not Dollr's.
	mux.HandleFunc("POST /v1/lots/{id}/pay", func(w http.ResponseWriter, r *http.Request) {
		lotID, _ := strconv.Atoi(r.PathValue("id"))
		lot := db.Lot(lotID)
		exec, err := d.Collect(r.Context(), lot.InvoiceID, lot.BuyerAccountID, lot.Currency, func(ref string) error {
			return db.SaveReference(lotID, ref)
		})
		if err != nil {
			http.Error(w, "payment provider error", http.StatusBadGateway)
			return
		}
		slog.Info("collection started", "lot", lotID, "reference_id", exec.ReferenceID, "status", exec.Status)
		writeJSON(w, map[string]string{"reference_id": exec.ReferenceID, "status": exec.Status})
	})

	mux.HandleFunc("GET /v1/lots/{id}/payment", func(w http.ResponseWriter, r *http.Request) {
		lotID, _ := strconv.Atoi(r.PathValue("id"))
		exec, err := d.CollectionStatus(r.Context(), db.Reference(lotID))
		if err != nil {
			http.Error(w, "payment provider error", http.StatusBadGateway)
			return
		}
		writeJSON(w, map[string]string{"status": exec.Status})
	})

	// for the buying agents' handhelds, which call Dollr status themselves
	mux.HandleFunc("GET /api/dollr-token", func(w http.ResponseWriter, r *http.Request) {
		tok, err := d.Token(r.Context())
		if err != nil {
			http.Error(w, "unavailable", http.StatusBadGateway)
			return
		}
		writeJSON(w, map[string]string{"access_token": tok})
	})

	slog.Info("listening", "url", "http://localhost:8080")
	_ = http.ListenAndServe(":8080", mux)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
