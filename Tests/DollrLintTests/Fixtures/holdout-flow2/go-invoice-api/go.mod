module github.com/freightly/invoice-api

go 1.22
