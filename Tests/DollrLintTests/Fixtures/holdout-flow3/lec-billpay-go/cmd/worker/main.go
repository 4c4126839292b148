package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/lec-liberia/billpay/internal/billpay"
	"github.com/lec-liberia/billpay/internal/dollr"
	"github.com/lec-liberia/billpay/internal/store"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	baseURL := os.Getenv("DOLLR_BASE_URL")
	if baseURL == "" {
		baseURL = "https://api.heydollr.app"
	}
	client := dollr.NewClient(baseURL, os.Getenv("DOLLR_CLIENT_ID"), os.Getenv("DOLLR_CLIENT_SECRET"))

	db, err := store.Open(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Error("database", "err", err)
		os.Exit(1)
	}
	poller := &billpay.Poller{Dollr: client, Store: db, Log: log}

	ticker := time.NewTicker(5 * time.Minute)
	defer ticker.Stop()
	for {
		if err := poller.Reconcile(ctx); err != nil {
			log.Warn("reconcile", "err", err)
		}
		select {
		case <-ticker.C:
		case <-ctx.Done():
			return
		}
	}
}
