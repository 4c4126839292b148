<?php

use App\Http\Controllers\InvoicePaymentController;
use Illuminate\Support\Facades\Route;

// Our own versioned API (/api/v1/...). These are not Dollr endpoints.
Route::prefix('v1')->middleware('auth:sanctum')->group(function () {
    Route::post('/invoices/{invoice}/publish', [InvoicePaymentController::class, 'publish']);
    Route::post('/invoices/{invoice}/pay', [InvoicePaymentController::class, 'pay']);
    Route::get('/invoices/{invoice}/realtime-key', [InvoicePaymentController::class, 'realtimeKey']);
});

Route::get('/portal/session', [InvoicePaymentController::class, 'session'])->middleware('web');
