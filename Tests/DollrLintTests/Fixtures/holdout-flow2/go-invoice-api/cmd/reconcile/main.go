package main

import (
	"context"
	"log"
	"os"
	"strconv"

	"github.com/freightly/invoice-api/internal/dollr"
)

func main() {
	client := &dollr.Client{
		BaseURL:      os.Getenv("DOLLR_BASE_URL"),
		ClientID:     os.Getenv("DOLLR_CLIENT_ID"),
		ClientSecret: os.Getenv("DOLLR_CLIENT_SECRET"),
	}
	for _, arg := range os.Args[1:] {
		id, err := strconv.Atoi(arg)
		if err != nil {
			log.Fatalf("invoice id %q: %v", arg, err)
		}
		paid, err := client.WaitPaid(context.Background(), id)
		if err != nil {
			log.Fatalf("invoice %d: %v", id, err)
		}
		log.Printf("invoice %d paid=%v", id, paid)
	}
}
