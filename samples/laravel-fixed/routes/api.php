<?php

use App\Http\Controllers\CheckoutController;
use Illuminate\Support\Facades\Route;

Route::post('/orders/{order}/collect', [CheckoutController::class, 'collect']);
Route::get('/payments/{referenceId}', [CheckoutController::class, 'status']);
