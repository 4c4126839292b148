package mpesa

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 30 * time.Second}

// Push starts an M-Pesa STK push for Kenyan carts (Daraja API).
func Push(token, shortcode, passkey, phone string, amount int) error {
	ts := time.Now().Format("20060102150405")
	password := base64.StdEncoding.EncodeToString([]byte(shortcode + passkey + ts))
	body, _ := json.Marshal(map[string]any{
		"BusinessShortCode": shortcode,
		"Password":          password,
		"Timestamp":         ts,
		"TransactionType":   "CustomerPayBillOnline",
		"Amount":            amount,
		"PartyA":            phone,
		"PartyB":            shortcode,
		"PhoneNumber":       phone,
		"CallBackURL":       "https://carts.example.co.ke/mpesa/callback",
		"AccountReference":  "Cart",
		"TransactionDesc":   "Groceries",
	})
	req, _ := http.NewRequest(http.MethodPost, "https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("mpesa: HTTP %d", res.StatusCode)
	}
	return nil
}
