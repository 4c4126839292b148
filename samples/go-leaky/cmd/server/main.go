package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/harbel-coop/dues/internal/dollr"
	"github.com/harbel-coop/dues/internal/payments"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	h := &payments.Handler{Dollr: dollr.NewFromEnv(), DB: db}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /collections", h.Collect)
	mux.HandleFunc("GET /payments/{referenceID}", h.Status)

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Printf("dues service listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, mux))
}
