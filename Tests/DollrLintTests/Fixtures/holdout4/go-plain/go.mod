module github.com/voinjama-cocoa/payments

go 1.22
